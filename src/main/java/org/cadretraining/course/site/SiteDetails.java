package org.cadretraining.course.site;

import org.cadretraining.shared.LocalizedText;

/** What describes a site, from a form, the API or demo data. */
public record SiteDetails(
        LocalizedText name, String address, SiteKind kind, Integer capacity, boolean active, boolean shareable) {

    public SiteDetails {
        address = address == null ? "" : address.strip();
    }

    /** A site that one course at a time may book. */
    public SiteDetails(LocalizedText name, String address, SiteKind kind, Integer capacity, boolean active) {
        this(name, address, kind, capacity, active, false);
    }
}
