package org.cadretraining.course.site;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the site register: everyone signed in may look places up; organisers change them. */
@Service
class SiteRegister {

    private final SiteRepository sites;
    private final JdbcClient jdbc;

    SiteRegister(SiteRepository sites, JdbcClient jdbc) {
        this.sites = sites;
        this.jdbc = jdbc;
    }

    @Transactional
    Site create(SiteDetails details, CurrentUser user) {
        requireEditor(user);
        return sites.save(Site.register(details));
    }

    @Transactional
    Site update(long id, SiteDetails details, CurrentUser user) {
        requireEditor(user);
        Site site = find(id);
        site.describe(details);
        return sites.save(site);
    }

    @Transactional(readOnly = true)
    Site get(long id) {
        return find(id);
    }

    @Transactional(readOnly = true)
    PageOf<SiteSummary> search(SiteCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!criteria.q().isEmpty()) {
            conditions.add("(name_zh ilike ? or name_en ilike ? or address ilike ?)");
            String pattern =
                    "%" + criteria.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
            params.add(pattern);
        }
        if (criteria.kind() != null) {
            conditions.add("kind = ?");
            params.add(criteria.kind().name());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from site" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(criteria.size());
        pageParams.add((long) criteria.page() * criteria.size());
        List<SiteSummary> rows = jdbc.sql(
                        "select * from site" + where + " order by active desc, name_zh, id limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new SiteSummary(
                        rs.getLong("id"),
                        new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                        rs.getString("address"),
                        SiteKind.valueOf(rs.getString("kind")),
                        rs.getObject("capacity", Integer.class),
                        rs.getBoolean("active"),
                        rs.getBoolean("shareable")))
                .list();
        return new PageOf<>(rows, criteria.page(), criteria.size(), total);
    }

    private Site find(long id) {
        return sites.findById(id).orElseThrow(() -> DomainException.notFound("course.site.notFound"));
    }

    static void requireEditor(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
