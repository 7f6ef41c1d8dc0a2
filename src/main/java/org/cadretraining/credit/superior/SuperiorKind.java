package org.cadretraining.credit.superior;

/** Who held the course: a superior body that sent the cadres (上级调训), or another institution. */
enum SuperiorKind {
    HIGHER_LEVEL,
    OTHER_INSTITUTION;

    public String label() {
        return "credit.superior.kind." + name();
    }
}
