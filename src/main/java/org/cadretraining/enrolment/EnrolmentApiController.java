package org.cadretraining.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1")
@Tag(name = "Enrolment", description = "Quotas per unit, nominations (调训), approval, direct enrolment, waiting list")
class EnrolmentApiController {

    record QuotaRequest(
            @NotNull(message = "{enrolment.quota.required}") Integer places) {}

    record SettingsRequest(LocalDate nominationDeadline) {}

    record Settings(long courseId, LocalDate nominationDeadline, int capacity, int placesTaken) {}

    record NominationRequest(
            @NotNull(message = "{enrolment.cadre.required}") Long cadreId) {}

    record Rejection(String reason) {}

    record DirectEnrolment(
            @NotNull(message = "{enrolment.cadre.required}") Long cadreId, CourseRole role) {}

    private final EnrolmentStore store;
    private final Quotas quotas;
    private final Nominations nominations;
    private final WaitingList waitingList;
    private final DirectEnrolments direct;
    private final Roster roster;

    EnrolmentApiController(
            EnrolmentStore store,
            Quotas quotas,
            Nominations nominations,
            WaitingList waitingList,
            DirectEnrolments direct,
            Roster roster) {
        this.store = store;
        this.quotas = quotas;
        this.nominations = nominations;
        this.waitingList = waitingList;
        this.direct = direct;
        this.roster = roster;
    }

    @GetMapping("/courses/{courseId}/enrolment-settings")
    @Operation(summary = "A course's nomination deadline, capacity and places taken")
    Settings settings(@PathVariable long courseId) {
        requireOrganiserOrLiaison();
        return new Settings(
                courseId,
                quotas.deadline(courseId).orElse(null),
                store.course(courseId).capacity(),
                store.placesTaken(courseId));
    }

    @PutMapping("/courses/{courseId}/enrolment-settings")
    @Operation(summary = "Set the last day on which liaisons may nominate (organisers)")
    Settings changeSettings(@PathVariable long courseId, @RequestBody SettingsRequest request) {
        quotas.setDeadline(courseId, request.nominationDeadline(), CurrentUser.get());
        return settings(courseId);
    }

    @GetMapping("/courses/{courseId}/quotas")
    @Operation(summary = "Places per unit, with how many each unit has used (organisers), or the liaison's unit's own")
    List<Roster.Quota> quotas(@PathVariable long courseId) {
        CurrentUser user = requireOrganiserOrLiaison();
        store.course(courseId);
        // another unit's places are not a liaison's business: they see their own unit's row only
        return roster.quotas(quotas.quotas(courseId)).stream()
                .filter(q -> user.actsForInstitution() || user.liaisonUnitId().equals(q.unitId()))
                .toList();
    }

    @PutMapping("/courses/{courseId}/quotas/{unitId}")
    @Operation(summary = "Allocate a unit's places; all units' places together may not exceed the capacity")
    Roster.Quota allocate(
            @PathVariable long courseId, @PathVariable long unitId, @Valid @RequestBody QuotaRequest request) {
        quotas.allocate(courseId, unitId, request.places(), CurrentUser.get());
        return roster.quotas(quotas.quotas(courseId)).stream()
                .filter(q -> q.unitId() == unitId)
                .findFirst()
                .orElseThrow();
    }

    @GetMapping("/courses/{courseId}/enrolments")
    @Operation(
            summary = "Every place of a course, waiting and freed ones included (organisers), or the liaison's unit's")
    List<Roster.Entry> enrolments(@PathVariable long courseId) {
        CurrentUser user = requireOrganiserOrLiaison();
        store.course(courseId);
        return roster.entries(store.ofCourse(courseId).stream()
                .filter(e -> user.actsForInstitution() || user.liaisonUnitId().equals(e.quotaUnitId()))
                .toList());
    }

    @PostMapping("/courses/{courseId}/enrolments")
    @Operation(summary = "Enrol a cadre directly (organisers); participants past the capacity wait")
    ResponseEntity<Roster.Entry> enrol(@PathVariable long courseId, @Valid @RequestBody DirectEnrolment request) {
        Enrolment enrolment = direct.enrol(courseId, request.cadreId(), request.role(), CurrentUser.get());
        return created(enrolment);
    }

    @GetMapping("/courses/{courseId}/waiting-list")
    @Operation(summary = "The waiting list, in the order it will be promoted")
    List<Roster.Entry> waitingList(@PathVariable long courseId) {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        return roster.entries(store.waitingList(courseId));
    }

    @PostMapping("/courses/{courseId}/nominations")
    @Operation(summary = "Nominate a cadre of the liaison's subtree within the unit's quota, before the deadline")
    ResponseEntity<Roster.Entry> nominate(@PathVariable long courseId, @Valid @RequestBody NominationRequest request) {
        return created(nominations.nominate(courseId, request.cadreId(), CurrentUser.get()));
    }

    @PostMapping("/nominations/{id}/approve")
    @Operation(summary = "Approve a nomination (organisers)")
    Roster.Entry approve(@PathVariable long id) {
        return roster.entry(nominations.approve(id, CurrentUser.get()));
    }

    @PostMapping("/nominations/{id}/reject")
    @Operation(summary = "Reject a nomination with a reason (organisers); the waiting list moves up")
    Roster.Entry reject(@PathVariable long id, @RequestBody Rejection request) {
        return roster.entry(nominations.reject(id, request.reason(), CurrentUser.get()));
    }

    @PostMapping("/nominations/{id}/withdraw")
    @Operation(summary = "Withdraw a place (its unit's liaison or an organiser); the waiting list moves up")
    Roster.Entry withdraw(@PathVariable long id) {
        return roster.entry(waitingList.withdraw(id, CurrentUser.get()));
    }

    @PostMapping("/nominations/{id}/substitute")
    @Operation(summary = "Refill a rejected or withdrawn place with another cadre (the unit's liaison)")
    ResponseEntity<Roster.Entry> substitute(@PathVariable long id, @Valid @RequestBody NominationRequest request) {
        return created(nominations.substitute(id, request.cadreId(), CurrentUser.get()));
    }

    private ResponseEntity<Roster.Entry> created(Enrolment enrolment) {
        return ResponseEntity.created(URI.create("/api/v1/courses/" + enrolment.courseId() + "/enrolments"))
                .body(roster.entry(enrolment));
    }

    private static CurrentUser requireOrganiserOrLiaison() {
        CurrentUser user = CurrentUser.get();
        if (!user.actsForInstitution() && !EnrolmentRights.isLiaison(user)) {
            throw DomainException.forbidden();
        }
        return user;
    }
}
