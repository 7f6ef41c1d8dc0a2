package org.cadretraining.organisation;

import org.cadretraining.shared.LocalizedText;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A unit of the organisation tree. Its path from the root is maintained by the database. */
@Table("unit")
class Unit {

    @Id
    private Long id;

    private String code;
    private String nameZh;
    private String nameEn;
    private UnitKind kind;
    private Long parentId;

    @ReadOnlyProperty
    private String path;

    private boolean active;
    private int sortOrder;

    @Version
    private Integer version;

    Unit() {}

    static Unit create(String code, LocalizedText name, UnitKind kind, Long parentId) {
        Unit unit = new Unit();
        unit.code = code.strip();
        unit.active = true;
        unit.describe(name, kind);
        unit.parentId = parentId;
        return unit;
    }

    void describe(LocalizedText name, UnitKind newKind) {
        this.nameZh = name.zh();
        this.nameEn = name.en();
        this.kind = newKind;
    }

    void moveUnder(Long newParentId) {
        this.parentId = newParentId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    LocalizedText name() {
        return new LocalizedText(nameZh, nameEn);
    }

    UnitKind kind() {
        return kind;
    }

    Long parentId() {
        return parentId;
    }

    String path() {
        return path;
    }

    boolean active() {
        return active;
    }

    int sortOrder() {
        return sortOrder;
    }
}
