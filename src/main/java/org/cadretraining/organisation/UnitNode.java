package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;

/** A unit as shown in the tree and chosen in forms: its depth says how far to indent it. */
public record UnitNode(
        long id, String code, LocalizedText name, UnitKind kind, Long parentId, int depth, boolean active) {

    /**
     * Non-breaking spaces to put before the name in a drop-down, two per level: a browser drops ordinary leading
     * spaces from an option's text, and a template cannot write this character as an escape.
     */
    public String indent() {
        return "\u00a0\u00a0".repeat(depth);
    }
}
