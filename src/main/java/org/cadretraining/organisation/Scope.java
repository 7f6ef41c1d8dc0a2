package org.cadretraining.organisation;

/**
 * What part of the organisation a signed-in person may see: all of it, the subtree under one unit (a unit liaison),
 * only their own cadre record, or nothing.
 */
record Scope(boolean everything, String subtreePath, Long ownCadreId) {

    static final Scope NOTHING = new Scope(false, null, null);

    static Scope all() {
        return new Scope(true, null, null);
    }

    static Scope subtree(String path) {
        return new Scope(false, path, null);
    }

    static Scope ownRecord(long cadreId) {
        return new Scope(false, null, cadreId);
    }

    boolean coversUnit(String unitPath) {
        return everything || (subtreePath != null && unitPath != null && unitPath.startsWith(subtreePath));
    }

    boolean coversCadre(long cadreId, String unitPath) {
        return coversUnit(unitPath) || (ownCadreId != null && ownCadreId == cadreId);
    }

    /** Only administrators, organisers and unit liaisons change records; a cadre only reads their own. */
    boolean maySeeDirectory() {
        return everything || subtreePath != null;
    }
}
