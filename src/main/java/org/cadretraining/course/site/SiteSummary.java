package org.cadretraining.course.site;

import org.cadretraining.shared.LocalizedText;

/**
 * A site as courses and their agenda show it. Capacity is null when unknown; a {@code shareable} site may be used
 * by several courses at the same time (a big hall, "online").
 */
public record SiteSummary(
        long id,
        LocalizedText name,
        String address,
        SiteKind kind,
        Integer capacity,
        boolean active,
        boolean shareable) {

    public SiteSummary(long id, LocalizedText name, String address, SiteKind kind, Integer capacity, boolean active) {
        this(id, name, address, kind, capacity, active, false);
    }
}
