package org.cadretraining.news;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cadretraining.shared.LocalizedText;

/** A column as the column page edits it: its address on the portal, its names, where it sits and in what order. */
record ColumnForm(
        @NotBlank(message = "{news.column.slugRequired}")
        @Size(max = 64, message = "{news.column.slugLength}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{news.column.slugPattern}")
        String slug,

        @NotBlank(message = "{news.column.nameRequired}") @Size(max = 100, message = "{news.column.nameZhLength}")
        String nameZh,

        @NotBlank(message = "{news.column.nameRequired}") @Size(max = 200, message = "{news.column.nameEnLength}")
        String nameEn,

        Long parentId,

        @NotNull(message = "{news.column.sortOrderRequired}")
        Integer sortOrder) {

    ColumnForm {
        slug = slug == null ? "" : slug.strip();
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
    }

    static ColumnForm empty() {
        return new ColumnForm("", "", "", null, 0);
    }

    static ColumnForm of(NewsColumn column) {
        return new ColumnForm(
                column.slug(), column.name().zh(), column.name().en(), column.parentId(), column.sortOrder());
    }

    LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }
}
