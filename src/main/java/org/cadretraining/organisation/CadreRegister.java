package org.cadretraining.organisation;

import java.time.Clock;
import java.time.LocalDate;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes cadre records within the editor's scope, checking the rules a form alone cannot. */
@Service
class CadreRegister {

    private final CadreRepository cadres;
    private final UnitRepository units;
    private final Ranks ranks;
    private final Access access;
    private final Clock clock;

    CadreRegister(CadreRepository cadres, UnitRepository units, Ranks ranks, Access access, Clock clock) {
        this.cadres = cadres;
        this.units = units;
        this.ranks = ranks;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Cadre create(CadreDetails details, CurrentUser user) {
        Scope scope = access.directoryScope(user);
        check(details, scope);
        if (cadres.findByStaffNumber(details.staffNumber()).isPresent()) {
            throw DomainException.conflict(
                    "staffNumber", "organisation.cadre.staffNumber.taken", details.staffNumber());
        }
        return cadres.save(Cadre.create(details, LocalDate.now(clock), clock.instant(), user.username()));
    }

    @Transactional
    Cadre update(long id, CadreDetails details, CurrentUser user) {
        Scope scope = access.directoryScope(user);
        Cadre cadre = visible(id, scope);
        check(details, scope);
        if (!cadre.staffNumber().equals(details.staffNumber())) {
            throw DomainException.invalid("staffNumber", "organisation.cadre.staffNumber.fixed");
        }
        cadre.update(details, LocalDate.now(clock), clock.instant(), user.username());
        return cadres.save(cadre);
    }

    @Transactional(readOnly = true)
    Cadre get(long id, CurrentUser user) {
        return visible(id, access.scope(user));
    }

    private Cadre visible(long id, Scope scope) {
        Cadre cadre = cadres.findById(id).orElseThrow(() -> DomainException.notFound("organisation.cadre.notFound"));
        String unitPath = units.findById(cadre.unitId()).map(Unit::path).orElse(null);
        if (!scope.coversCadre(cadre.id(), unitPath)) {
            throw DomainException.forbidden();
        }
        return cadre;
    }

    private void check(CadreDetails details, Scope scope) {
        Unit unit = units.findById(details.unitId())
                .orElseThrow(() -> DomainException.invalid("unitId", "organisation.unit.notFound"));
        access.requireUnitInScope(scope, unit);
        if (details.rankCode() != null && ranks.find(details.rankCode()).isEmpty()) {
            throw DomainException.invalid("rankCode", "organisation.rank.unknown", details.rankCode());
        }
    }
}
