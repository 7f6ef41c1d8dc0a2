package org.cadretraining.credit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cadretraining.organisation.CadreDetails;
import org.cadretraining.organisation.Gender;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitDetails;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.support.TestPrincipal;

/**
 * A small organisation of its own for credit tests: a committee with two schools, a department below school A, and
 * the liaisons of both schools. Codes carry a random prefix so fixtures share one database.
 */
class CreditFixture {

    final String prefix = UUID.randomUUID().toString().substring(0, 6) + "-";
    final OrganisationDirectory directory;
    final CreditLedger ledger;
    final long committee;
    final long schoolA;
    final long departmentOfA;
    final long schoolB;
    final CurrentUser organiser = TestPrincipal.organiser();
    final CurrentUser administrator = TestPrincipal.administrator();
    final CurrentUser liaisonA;
    final CurrentUser liaisonB;
    private int cadres;
    private int refs;

    CreditFixture(OrganisationDirectory directory, CreditLedger ledger) {
        this.directory = directory;
        this.ledger = ledger;
        committee = unit("PC", "党委", null);
        schoolA = unit("A", "机械工程学院", committee);
        departmentOfA = unit("A1", "机械设计系", schoolA);
        schoolB = unit("B", "化学工程学院", committee);
        liaisonA = TestPrincipal.liaison(schoolA);
        liaisonB = TestPrincipal.liaison(schoolB);
    }

    long unit(String code, String name, Long parent) {
        return directory.registerUnit(
                new UnitDetails(prefix + code, new LocalizedText(name, code), UnitKind.DEPARTMENT, parent, true));
    }

    /** A cadre of the given rank code (COUNTY, SECTION, ...), or of no rank when null. */
    long cadre(String name, long unitId, String rank) {
        cadres++;
        return directory.registerCadre(new CadreDetails(
                prefix + cadres, name, Gender.MALE, unitId, "处长", "Director", rank, "", "", "", "", true));
    }

    String staffNumber(int n) {
        return prefix + n;
    }

    /** Writes one course entry and returns its id. */
    long earn(long cadreId, LocalDate day, CreditCategory category, String hours) {
        String ref = "test:" + prefix + (++refs);
        ledger.record(List.of(new NewCreditEntry(
                cadreId,
                day,
                category,
                category == CreditCategory.ONLINE ? CreditSource.ONLINE : CreditSource.COURSE,
                null,
                ref,
                CreditHours.of(hours),
                new LocalizedText("专题讲座 " + hours + " 学时", "Lecture, " + hours + " hours"),
                "test")));
        return ledger.entriesOf(cadreId).stream()
                .filter(e -> e.sourceRef().equals(ref))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
