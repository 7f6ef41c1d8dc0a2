package org.cadretraining.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the unit tree: only administrators and organisers change it; a liaison sees their own subtree. */
@Service
class UnitRegister {

    private final UnitRepository units;
    private final Access access;

    UnitRegister(UnitRepository units, Access access) {
        this.units = units;
        this.access = access;
    }

    @Transactional
    Unit create(UnitDetails details, CurrentUser user) {
        access.requireUnitAdministration(user);
        if (units.findByCode(details.code()).isPresent()) {
            throw DomainException.conflict("code", "organisation.unit.code.taken", details.code());
        }
        requireParent(details.parentId());
        return units.save(Unit.create(details.code(), details.name(), details.kind(), details.parentId()));
    }

    @Transactional
    Unit update(long id, UnitDetails details, CurrentUser user) {
        access.requireUnitAdministration(user);
        Unit unit = units.findById(id).orElseThrow(() -> DomainException.notFound("organisation.unit.notFound"));
        if (!unit.code().equals(details.code())) {
            throw DomainException.invalid("code", "organisation.unit.code.fixed");
        }
        if (!Objects.equals(unit.parentId(), details.parentId())) {
            Unit parent = requireParent(details.parentId());
            if (parent != null && parent.path().startsWith(unit.path())) {
                throw DomainException.invalid("parentId", "organisation.unit.parent.cycle");
            }
            unit.moveUnder(details.parentId());
        }
        unit.describe(details.name(), details.kind());
        unit.setActive(details.active());
        return units.save(unit);
    }

    @Transactional(readOnly = true)
    Unit get(long id, CurrentUser user) {
        Unit unit = units.findById(id).orElseThrow(() -> DomainException.notFound("organisation.unit.notFound"));
        if (!access.scope(user).coversUnit(unit.path()) || !access.scope(user).maySeeDirectory()) {
            throw DomainException.forbidden();
        }
        return unit;
    }

    /** The units the person may see, in tree order (siblings by sort order, then code), with their depth. */
    @Transactional(readOnly = true)
    List<UnitNode> tree(CurrentUser user) {
        Scope scope = access.directoryScope(user);
        List<Unit> visible = scope.everything() ? units.findAll() : units.findSubtree(scope.subtreePath());
        return inTreeOrder(visible);
    }

    static List<UnitNode> inTreeOrder(List<Unit> visible) {
        Map<Long, Unit> byId = new HashMap<>();
        visible.forEach(u -> byId.put(u.id(), u));
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : visible) {
            if (unit.parentId() != null && byId.containsKey(unit.parentId())) {
                children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>())
                        .add(unit);
            } else {
                roots.add(unit);
            }
        }
        List<UnitNode> ordered = new ArrayList<>(visible.size());
        appendAll(roots, 0, children, ordered);
        return ordered;
    }

    private static void appendAll(List<Unit> siblings, int depth, Map<Long, List<Unit>> children, List<UnitNode> out) {
        siblings.sort(Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::code));
        for (Unit unit : siblings) {
            out.add(new UnitNode(
                    unit.id(), unit.code(), unit.name(), unit.kind(), unit.parentId(), depth, unit.active()));
            appendAll(children.getOrDefault(unit.id(), new ArrayList<>()), depth + 1, children, out);
        }
    }

    private Unit requireParent(Long parentId) {
        if (parentId == null) {
            return null;
        }
        return units.findById(parentId)
                .orElseThrow(() -> DomainException.invalid("parentId", "organisation.unit.parent.notFound"));
    }
}
