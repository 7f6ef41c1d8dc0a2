package org.cadretraining.news;

import java.util.List;
import java.util.Optional;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The portal's columns, nestable, in their order. */
@Component
class NewsColumns {

    private static final String COLUMNS = "id, parent_id, slug, name_zh, name_en, sort_order";

    private final JdbcClient jdbc;

    NewsColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<NewsColumn> all() {
        return jdbc.sql("select " + COLUMNS + " from news_column order by sort_order, id")
                .query((rs, n) -> new NewsColumn(
                        rs.getLong(1),
                        (Long) rs.getObject(2),
                        rs.getString(3),
                        new LocalizedText(rs.getString(4), rs.getString(5)),
                        rs.getInt(6)))
                .list();
    }

    Optional<NewsColumn> bySlug(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    Optional<NewsColumn> byId(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    NewsColumn require(long id) {
        return byId(id).orElseThrow(() -> DomainException.invalid("columnId", "news.column.notFound"));
    }

    /** The column and every column below it, for a column page that shows its sub-columns' articles too. */
    List<Long> subtree(long id) {
        return jdbc.sql("""
                        with recursive tree(id) as (
                            select id from news_column where id = ?
                            union all
                            select c.id from news_column c join tree t on c.parent_id = t.id)
                        select id from tree
                        """).param(id).query(Long.class).list();
    }

    @Transactional
    long create(String slug, LocalizedText name, Long parentId, int sortOrder) {
        if (parentId != null) {
            require(parentId);
        }
        try {
            return jdbc.sql("insert into news_column (parent_id, slug, name_zh, name_en, sort_order) "
                            + "values (?, ?, ?, ?, ?) returning id")
                    .params(parentId, slug, name.zh(), name.en(), sortOrder)
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException taken) {
            throw DomainException.invalid("slug", "news.column.slugTaken", slug);
        }
    }
}
