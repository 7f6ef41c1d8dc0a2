package org.cadretraining.course.site;

import org.cadretraining.shared.LocalizedText;

/** A site as courses and their agenda show it. Capacity is null when unknown. */
public record SiteSummary(
        long id, LocalizedText name, String address, SiteKind kind, Integer capacity, boolean active) {}
