package org.cadretraining.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the portal's columns: the administrator and news publishers create, rename, move and order them. A column
 * never ends up under itself or under one of its own sub-columns, and a column that holds articles or sub-columns is
 * not deleted. Readers see every change at once.
 */
@Service
class ColumnDesk {

    private final NewsColumns columns;
    private final NewsPages pages;
    private final JdbcClient jdbc;

    ColumnDesk(NewsColumns columns, NewsPages pages, JdbcClient jdbc) {
        this.columns = columns;
        this.pages = pages;
        this.jdbc = jdbc;
    }

    /** Every column, each followed by its sub-columns, in their order. */
    @Transactional(readOnly = true)
    List<ColumnRow> tree(CurrentUser user) {
        NewsRights.requireColumnKeeper(user);
        List<NewsColumn> all = columns.all();
        Map<Long, Integer> articles = jdbc
                .sql("select column_id, count(*) from news_article group by column_id")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<ColumnRow> rows = new ArrayList<>();
        all.stream().filter(c -> c.parentId() == null).forEach(root -> add(root, 0, all, articles, rows));
        return rows;
    }

    private static void add(
            NewsColumn column, int depth, List<NewsColumn> all, Map<Long, Integer> articles, List<ColumnRow> rows) {
        List<NewsColumn> children = all.stream()
                .filter(c -> Long.valueOf(column.id()).equals(c.parentId()))
                .toList();
        rows.add(new ColumnRow(column, depth, articles.getOrDefault(column.id(), 0)));
        children.forEach(child -> add(child, depth + 1, all, articles, rows));
    }

    @Transactional(readOnly = true)
    NewsColumn get(long id, CurrentUser user) {
        NewsRights.requireColumnKeeper(user);
        return columns.byId(id).orElseThrow(() -> DomainException.notFound("news.column.notFound"));
    }

    @Transactional
    long create(ColumnForm form, CurrentUser user) {
        NewsRights.requireColumnKeeper(user);
        lockColumns();
        if (form.parentId() != null && columns.byId(form.parentId()).isEmpty()) {
            throw DomainException.invalid("parentId", "news.column.notFound");
        }
        long id = columns.create(form.slug(), form.name(), form.parentId(), form.sortOrder());
        pages.forgetAfterCommit();
        return id;
    }

    @Transactional
    void update(long id, ColumnForm form, CurrentUser user) {
        NewsRights.requireColumnKeeper(user);
        lockColumns();
        columns.byId(id).orElseThrow(() -> DomainException.notFound("news.column.notFound"));
        if (form.parentId() != null) {
            if (columns.byId(form.parentId()).isEmpty()) {
                throw DomainException.invalid("parentId", "news.column.notFound");
            }
            if (columns.subtree(id).contains(form.parentId())) {
                throw DomainException.invalid("parentId", "news.column.cycle");
            }
        }
        try {
            jdbc.sql("""
                            update news_column set slug = ?, name_zh = ?, name_en = ?, parent_id = ?, sort_order = ?
                            where id = ?
                            """)
                    .params(form.slug(), form.nameZh(), form.nameEn(), form.parentId(), form.sortOrder(), id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw DomainException.invalid("slug", "news.column.slugTaken", form.slug());
        }
        pages.forgetAfterCommit();
    }

    @Transactional
    void delete(long id, CurrentUser user) {
        NewsRights.requireColumnKeeper(user);
        lockColumns();
        columns.byId(id).orElseThrow(() -> DomainException.notFound("news.column.notFound"));
        int articles = jdbc.sql("select count(*) from news_article where column_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        if (articles > 0) {
            throw DomainException.conflict(null, "news.column.holdsArticles", articles);
        }
        if (columns.subtree(id).size() > 1) {
            throw DomainException.conflict(null, "news.column.holdsColumns");
        }
        try {
            jdbc.sql("delete from news_column where id = ?").param(id).update();
        } catch (DataIntegrityViolationException articleJustSaved) {
            throw DomainException.conflict(null, "news.column.holdsArticles", 1);
        }
        pages.forgetAfterCommit();
    }

    /**
     * One change to the tree at a time: two moves checked side by side could each be fine and together make a
     * loop.
     */
    private void lockColumns() {
        jdbc.sql("lock table news_column in share row exclusive mode").update();
    }
}
