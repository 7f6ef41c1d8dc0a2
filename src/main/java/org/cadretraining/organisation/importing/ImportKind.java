package org.cadretraining.organisation.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file holds. */
enum ImportKind {
    UNIT(UnitColumn.values()),
    CADRE(CadreColumn.values());

    private final List<Column> columns;

    ImportKind(Column[] columns) {
        this.columns = List.of(columns);
    }

    List<Column> columns() {
        return columns;
    }

    /** The lower-case name used in URLs and forms, {@code unit} or {@code cadre}; public for the templates. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ImportKind> fromSlug(String slug) {
        for (ImportKind kind : values()) {
            if (kind.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
