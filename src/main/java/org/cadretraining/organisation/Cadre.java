package org.cadretraining.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cadre. A change of unit, position or rank closes the current period of service and opens a new one, so the
 * record of where they served is never overwritten.
 */
@Table("cadre")
class Cadre {

    @Id
    private Long id;

    private String staffNumber;
    private String name;
    private String nameEn;
    private Gender gender;
    private Long unitId;
    private String positionZh;
    private String positionEn;
    private String rankCode;
    private String category;
    private String phone;
    private String email;
    private String note;
    private boolean active;

    @MappedCollection(idColumn = "cadre_id")
    private Set<Assignment> assignments = new HashSet<>();

    @Version
    private Integer version;

    Cadre() {}

    static Cadre create(CadreDetails details, LocalDate since, Instant now, String by) {
        Cadre cadre = new Cadre();
        cadre.staffNumber = details.staffNumber();
        cadre.active = true;
        cadre.update(details, since, now, by);
        return cadre;
    }

    /** Applies new details; a new unit, position or rank starts a new period of service from {@code since}. */
    void update(CadreDetails details, LocalDate since, Instant now, String by) {
        boolean moved = !Objects.equals(unitId, details.unitId())
                || !Objects.equals(positionZh, details.positionZh())
                || !Objects.equals(positionEn, details.positionEn())
                || !Objects.equals(rankCode, details.rankCode());
        name = details.name();
        nameEn = details.nameEn();
        gender = details.gender();
        unitId = details.unitId();
        positionZh = details.positionZh();
        positionEn = details.positionEn();
        rankCode = details.rankCode();
        category = details.category();
        phone = details.phone();
        email = details.email();
        note = details.note();
        active = details.active();
        if (moved) {
            startAssignment(since, now, by);
        }
    }

    private void startAssignment(LocalDate since, Instant now, String by) {
        Set<Assignment> next = new HashSet<>();
        for (Assignment a : assignments) {
            next.add(a.isCurrent() ? a.endingOn(since) : a);
        }
        next.add(new Assignment(null, unitId, positionZh, positionEn, rankCode, since, null, now, by));
        assignments = next;
    }

    List<Assignment> history() {
        List<Assignment> list = new ArrayList<>(assignments);
        list.sort(Comparator.comparing(Assignment::validFrom)
                .thenComparing(a -> a.validTo() == null ? LocalDate.MAX : a.validTo())
                .reversed());
        return list;
    }

    CadreDetails details() {
        return new CadreDetails(
                staffNumber,
                name,
                nameEn,
                gender,
                unitId,
                positionZh,
                positionEn,
                rankCode,
                category,
                phone,
                email,
                note,
                active);
    }

    Long id() {
        return id;
    }

    String staffNumber() {
        return staffNumber;
    }

    String name() {
        return name;
    }

    Long unitId() {
        return unitId;
    }
}
