package org.cadretraining.course.site;

import org.cadretraining.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A place where courses and field studies are held. */
@Table("site")
class Site {

    @Id
    private Long id;

    private String nameZh;
    private String nameEn;
    private String address;
    private SiteKind kind;
    private Integer capacity;
    private boolean active;
    private boolean shareable;

    @Version
    private Integer version;

    Site() {}

    static Site register(SiteDetails details) {
        Site site = new Site();
        site.describe(details);
        return site;
    }

    void describe(SiteDetails details) {
        nameZh = details.name().zh();
        nameEn = details.name().en();
        address = details.address();
        kind = details.kind();
        capacity = details.capacity();
        active = details.active();
        shareable = details.shareable();
    }

    Long id() {
        return id;
    }

    SiteSummary summary() {
        return new SiteSummary(id, new LocalizedText(nameZh, nameEn), address, kind, capacity, active, shareable);
    }
}
