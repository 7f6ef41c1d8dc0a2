package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;

/** A unit as shown in the tree and chosen in forms: its depth says how far to indent it. */
public record UnitNode(
        long id, String code, LocalizedText name, UnitKind kind, Long parentId, int depth, boolean active) {}
