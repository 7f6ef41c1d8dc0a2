package org.cadretraining.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.cadretraining.account.AccountWebTest;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.cadretraining.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AccountWebTest
class ExternalTrainingTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ExternalTrainings trainings;

    @Autowired
    ExternalTrainingRecords records;

    @Autowired
    CreditLedger ledger;

    @Autowired
    OrganisationDirectory directory;

    CreditFixture world;
    long cadre;
    CurrentUser self;

    @BeforeEach
    void world() {
        world = new CreditFixture(directory, ledger);
        cadre = world.cadre("刘洋", world.departmentOfA, "SECTION");
        self = TestPrincipal.cadre(cadre);
    }

    @Test
    void declaredByTheCadreApprovedByTheUnitAndConfirmedByTheDepartmentItReachesTheLedger() {
        long id = declare(self, ExternalKind.HIGHER_LEVEL, "2026-05-10", "2026-05-14", "30");
        assertThat(ledger.entriesOf(cadre)).isEmpty();

        trainings.approveByUnit(id, world.liaisonA);
        assertThat(ledger.entriesOf(cadre)).isEmpty();
        trainings.confirm(id, world.organiser);

        ExternalTraining confirmed = records.get(id);
        assertThat(confirmed.status()).isEqualTo(ExternalStatus.CONFIRMED);
        assertThat(confirmed.declaredBy()).isEqualTo(self.username());
        assertThat(confirmed.unitDecidedBy()).isEqualTo(world.liaisonA.username());
        assertThat(confirmed.confirmedBy()).isEqualTo(world.organiser.username());
        assertThat(confirmed.declaredAt()).isNotNull();
        assertThat(confirmed.confirmedAt()).isNotNull();
        CreditEntryView entry = ledger.entriesOf(cadre).getFirst();
        assertThat(entry.source()).isEqualTo(CreditSource.EXTERNAL);
        assertThat(entry.category()).isEqualTo(CreditCategory.FULL_TIME);
        assertThat(entry.hours()).isEqualTo(CreditHours.of("30"));
        assertThat(entry.earnedOn()).isEqualTo(LocalDate.parse("2026-05-14"));
        assertThat(entry.explanation().zh()).contains("上级调训").contains("省委党校").contains("30.00 学时");
        assertThat(entry.explanation().en()).contains("Training by higher authorities");
    }

    @Test
    void anOnlineAcademyCountsAsOnlineLearning() {
        long id = declare(world.liaisonA, ExternalKind.ONLINE_ACADEMY, "2026-03-01", "2026-03-31", "12.5");
        trainings.approveByUnit(id, world.liaisonA);
        trainings.confirm(id, world.organiser);

        assertThat(ledger.entriesOf(cadre)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(CreditSource.ONLINE);
            assertThat(e.category()).isEqualTo(CreditCategory.ONLINE);
        });
    }

    @Test
    void trainingAcrossNewYearIsSplitByTheDaysInEachYear() {
        long id = declare(world.organiser, ExternalKind.OTHER_INSTITUTION, "2025-12-29", "2026-01-02", "30");
        trainings.approveByUnit(id, world.liaisonA);
        trainings.confirm(id, world.organiser);

        assertThat(ledger.totalsOf(cadre))
                .containsExactly(
                        new YearTotals(2026, CreditHours.of("12"), CreditHours.ZERO),
                        new YearTotals(2025, CreditHours.of("18"), CreditHours.ZERO));
    }

    @Test
    void rejectedByTheUnitWithAReasonItNeverReachesTheDepartment() {
        long id = declare(self, ExternalKind.HIGHER_LEVEL, "2026-05-10", "2026-05-14", "30");

        assertThatThrownBy(() -> trainings.reject(id, "  ", world.liaisonA))
                .hasMessage("credit.external.reasonRequired");
        trainings.reject(id, "证明材料不清晰", world.liaisonA);

        ExternalTraining rejected = records.get(id);
        assertThat(rejected.status()).isEqualTo(ExternalStatus.REJECTED);
        assertThat(rejected.rejectedStep()).isEqualTo("UNIT");
        assertThat(rejected.rejectedBy()).isEqualTo(world.liaisonA.username());
        assertThat(rejected.rejectionReason()).isEqualTo("证明材料不清晰");
        assertThatThrownBy(() -> trainings.confirm(id, world.organiser)).hasMessage("credit.external.wrongStep");
        assertThat(ledger.entriesOf(cadre)).isEmpty();
    }

    @Test
    void rejectedByTheDepartmentAfterTheUnitApproved() {
        long id = declare(self, ExternalKind.HIGHER_LEVEL, "2026-05-10", "2026-05-14", "30");
        trainings.approveByUnit(id, world.liaisonA);

        assertThatThrownBy(() -> trainings.reject(id, "学时偏高", world.liaisonA)).hasMessage("problem.forbidden");
        trainings.reject(id, "学时偏高", world.organiser);

        assertThat(records.get(id).rejectedStep()).isEqualTo("DEPARTMENT");
        assertThat(ledger.entriesOf(cadre)).isEmpty();
    }

    @Test
    void onlyTheCadreTheirUnitsLiaisonOrTheOrganiserDeclare() {
        long other = world.cadre("外单位", world.schoolB, "SECTION");

        assertThatThrownBy(() -> trainings.declare(declaration(other), "a.pdf", PDF, world.liaisonA))
                .hasMessage("problem.forbidden");
        assertThatThrownBy(() -> trainings.declare(declaration(other), "a.pdf", PDF, self))
                .hasMessage("problem.forbidden");
        assertThat(trainings.declare(declaration(other), "a.pdf", PDF, world.liaisonB))
                .isPositive();
        assertThat(trainings.declare(declaration(other), "a.pdf", PDF, world.organiser))
                .isPositive();
    }

    @Test
    void onlyALiaisonOfTheCadresUnitApprovesAndOnlyTheOrganiserConfirms() {
        long id = declare(self, ExternalKind.HIGHER_LEVEL, "2026-05-10", "2026-05-14", "30");

        assertThatThrownBy(() -> trainings.approveByUnit(id, world.liaisonB)).hasMessage("problem.forbidden");
        assertThatThrownBy(() -> trainings.approveByUnit(id, world.organiser)).hasMessage("problem.forbidden");
        assertThatThrownBy(() -> trainings.approveByUnit(id, self)).hasMessage("problem.forbidden");
        assertThatThrownBy(() -> trainings.confirm(id, world.organiser)).hasMessage("credit.external.wrongStep");
        trainings.approveByUnit(id, world.liaisonA);
        assertThatThrownBy(() -> trainings.approveByUnit(id, world.liaisonA)).hasMessage("credit.external.wrongStep");
        assertThatThrownBy(() -> trainings.confirm(id, world.administrator)).hasMessage("problem.forbidden");
        assertThatThrownBy(() -> trainings.confirm(id, world.liaisonA)).hasMessage("problem.forbidden");
    }

    @Test
    void nobodyApprovesTheirOwnTraining() {
        CurrentUser liaisonWhoIsTheCadre =
                TestPrincipal.user(Set.of(Role.UNIT_LIAISON, Role.CADRE), cadre, world.schoolA);
        long id = declare(liaisonWhoIsTheCadre, ExternalKind.HIGHER_LEVEL, "2026-05-10", "2026-05-14", "30");

        assertThatThrownBy(() -> trainings.approveByUnit(id, liaisonWhoIsTheCadre))
                .hasMessage("credit.external.ownDeclaration");
    }

    @Test
    void evidenceIsCheckedByItsContentAndSize() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        byte[] exe = "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> trainings.declare(declaration(cadre), "scan.pdf", exe, self))
                .isInstanceOf(DomainException.class)
                .hasMessage("credit.external.evidenceType");
        assertThatThrownBy(() -> trainings.declare(declaration(cadre), "scan.pdf", new byte[0], self))
                .hasMessage("credit.external.evidenceRequired");
        byte[] huge = new byte[(int) trainings.maxEvidenceBytes() + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertThatThrownBy(() -> trainings.declare(declaration(cadre), "big.pdf", huge, self))
                .hasMessage("credit.external.evidenceTooLarge");

        long fromPng = trainings.declare(declaration(cadre), "../../etc/证书.pdf", png, self);
        assertThat(records.evidence(fromPng, self)).satisfies(e -> {
            assertThat(e.contentType()).isEqualTo("image/png");
            assertThat(e.name()).isEqualTo("证书.png");
            assertThat(e.content()).isEqualTo(png);
        });
        long fromJpeg = trainings.declare(declaration(cadre), "photo.jpeg", jpeg, self);
        assertThat(records.evidence(fromJpeg, self).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void evidenceIsShownOnlyToThoseWhoMaySeeTheCadre() {
        long id = declare(self, ExternalKind.HIGHER_LEVEL, "2026-05-10", "2026-05-14", "30");

        assertThat(records.evidence(id, world.liaisonA).content()).isEqualTo(PDF);
        assertThat(records.evidence(id, world.organiser).content()).isEqualTo(PDF);
        long stranger = world.cadre("陌生人", world.schoolA, "SECTION");
        for (CurrentUser refused : Set.of(world.liaisonB, TestPrincipal.cadre(stranger), TestPrincipal.cadre())) {
            assertThatThrownBy(() -> records.evidence(id, refused)).hasMessage("problem.forbidden");
        }
    }

    @Test
    void theEndCannotComeBeforeTheStart() {
        assertThatThrownBy(() -> trainings.declare(
                        new Declaration(
                                cadre,
                                ExternalKind.HIGHER_LEVEL,
                                "培训",
                                "党校",
                                LocalDate.parse("2026-05-10"),
                                LocalDate.parse("2026-05-09"),
                                CreditHours.of("3")),
                        "a.pdf",
                        PDF,
                        self))
                .hasMessage("credit.external.datesOrder");
    }

    private long declare(CurrentUser by, ExternalKind kind, String from, String to, String hours) {
        return trainings.declare(
                new Declaration(
                        cadre,
                        kind,
                        "学习贯彻党的二十大精神专题培训",
                        "省委党校",
                        LocalDate.parse(from),
                        LocalDate.parse(to),
                        CreditHours.of(hours)),
                "证书.pdf",
                PDF,
                by);
    }

    private static Declaration declaration(long cadreId) {
        return new Declaration(
                cadreId,
                ExternalKind.OTHER_INSTITUTION,
                "培训",
                "党校",
                LocalDate.parse("2026-06-01"),
                LocalDate.parse("2026-06-02"),
                CreditHours.of("12"));
    }
}
