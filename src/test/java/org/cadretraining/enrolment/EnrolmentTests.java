package org.cadretraining.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadretraining.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The place checks its own state before every change. */
class EnrolmentTests {

    static Enrolment place(EnrolmentStatus status, Long quotaUnit) {
        return new Enrolment(
                1, 2, 3, quotaUnit, quotaUnit != null, status, CourseRole.PARTICIPANT, null, null, null, null);
    }

    @Test
    void onlyANominationIsApproved() {
        assertThat(place(EnrolmentStatus.NOMINATED, 9L).approve().status()).isEqualTo(EnrolmentStatus.APPROVED);
        assertThatThrownBy(() -> place(EnrolmentStatus.WAITLISTED, 9L).approve())
                .isInstanceOf(DomainException.class)
                .hasMessage("enrolment.decision.notNominated");
    }

    @Test
    void aRejectionNeedsAReasonAndANominationOrAWaitingPlace() {
        assertThat(place(EnrolmentStatus.WAITLISTED, 9L).reject("  名额调整 ").reason())
                .isEqualTo("名额调整");
        assertThatThrownBy(() -> place(EnrolmentStatus.NOMINATED, 9L).reject(" "))
                .hasMessage("enrolment.reject.reasonRequired");
        assertThatThrownBy(() -> place(EnrolmentStatus.APPROVED, 9L).reject("迟了"))
                .hasMessage("enrolment.decision.notNominated");
    }

    @Test
    void onlyALivePlaceIsWithdrawnOrGivenAnotherRole() {
        assertThat(place(EnrolmentStatus.APPROVED, null).withdraw().status()).isEqualTo(EnrolmentStatus.WITHDRAWN);
        assertThatThrownBy(() -> place(EnrolmentStatus.WITHDRAWN, null).withdraw())
                .hasMessage("enrolment.withdraw.notLive");
        assertThat(place(EnrolmentStatus.APPROVED, null)
                        .playing(CourseRole.STAFF)
                        .role())
                .isEqualTo(CourseRole.STAFF);
        assertThatThrownBy(() -> place(EnrolmentStatus.REJECTED, 9L).playing(CourseRole.STAFF))
                .hasMessage("enrolment.withdraw.notLive");
    }

    @Test
    void aPromotedNominationAwaitsApprovalAndAPromotedDirectEnrolmentIsApproved() {
        assertThat(place(EnrolmentStatus.WAITLISTED, 9L).promote().status()).isEqualTo(EnrolmentStatus.NOMINATED);
        assertThat(place(EnrolmentStatus.WAITLISTED, null).promote().status()).isEqualTo(EnrolmentStatus.APPROVED);
        assertThatThrownBy(() -> place(EnrolmentStatus.APPROVED, null).promote())
                .hasMessage("enrolment.promote.notWaiting");
    }

    @Test
    void onlyAFreedPlaceOfAUnitIsRefilled() {
        place(EnrolmentStatus.REJECTED, 9L).requireRefillable();
        assertThatThrownBy(() -> place(EnrolmentStatus.WITHDRAWN, null).requireRefillable())
                .hasMessage("enrolment.substitute.notFreed");
        assertThatThrownBy(() -> place(EnrolmentStatus.NOMINATED, 9L).requireRefillable())
                .hasMessage("enrolment.substitute.notFreed");
    }
}
