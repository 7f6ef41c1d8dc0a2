package org.cadretraining.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agenda API. An item has a main speaker ({@code speakerKind} and its fields, with an optional topic), further
 * speakers in order ({@code speakers}), a presider ({@code presiderKind} and its fields) and may share its sitting
 * with the items it overlaps at the same place ({@code sharesSitting}). A HOMEWORK item is due at {@code day} and
 * {@code endsAt}; its {@code startsAt} is ignored. Refusals are problem details naming the field.
 */
@ApiController("/api/v1/courses/{courseId}/agenda")
@Tag(name = "Agenda", description = "A course's agenda items, their 学时 and conflict checks")
class AgendaApiController {

    /** A speaker or presider; {@code topic} is blank when not given (always for a presider). */
    record SpeakerResource(
            SpeakerKind kind, Long lecturerId, Long cadreId, String staffNumber, String text, LocalizedText topic) {}

    record AgendaItemResource(
            long id,
            long courseId,
            AgendaItemType type,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            Long siteId,
            SpeakerResource speaker,
            LocalizedText title,
            boolean mandatory,
            CreditHours creditHours,
            boolean creditOverridden,
            List<SpeakerResource> speakers,
            SpeakerResource presider,
            boolean sharesSitting,
            LocalDateTime dueAt) {}

    record Finding(String field, String messageKey, String message) {}

    /** {@code zeroCredit} says why a mandatory item would earn no 学时; null when it earns some or is optional. */
    record CheckResult(List<Finding> conflicts, CreditHours creditHours, String zeroCredit) {}

    private final CoursePlanner planner;
    private final AgendaPlanner agendaPlanner;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    AgendaApiController(
            CoursePlanner planner,
            AgendaPlanner agendaPlanner,
            OrganisationDirectory directory,
            MessageSource messages) {
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The course's agenda in time order")
    List<AgendaItemResource> list(@PathVariable long courseId) {
        return planner.agenda(courseId, CurrentUser.get()).stream()
                .map(this::resource)
                .toList();
    }

    @GetMapping("/{itemId}")
    @Operation(summary = "One agenda item")
    AgendaItemResource get(@PathVariable long courseId, @PathVariable long itemId) {
        return resource(planner.item(courseId, itemId, CurrentUser.get()));
    }

    @PostMapping
    @Operation(summary = "Add an agenda item; refused with 409 when it clashes with another item or booking")
    ResponseEntity<AgendaItemResource> create(@PathVariable long courseId, @Valid @RequestBody AgendaItemForm form) {
        CourseRights.requirePlanner(CurrentUser.get());
        AgendaItem item =
                agendaPlanner.addItem(courseId, form.toDetails(agendaPlanner::cadreIdByStaffNumber), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/agenda/" + item.id()))
                .body(resource(item));
    }

    @PutMapping("/{itemId}")
    @Operation(summary = "Change an agenda item; refused with 409 when it clashes")
    AgendaItemResource update(
            @PathVariable long courseId, @PathVariable long itemId, @Valid @RequestBody AgendaItemForm form) {
        CourseRights.requirePlanner(CurrentUser.get());
        return resource(agendaPlanner.changeItem(
                courseId, itemId, form.toDetails(agendaPlanner::cadreIdByStaffNumber), CurrentUser.get()));
    }

    @DeleteMapping("/{itemId}")
    @Operation(summary = "Remove an agenda item")
    ResponseEntity<Void> delete(@PathVariable long courseId, @PathVariable long itemId) {
        agendaPlanner.removeItem(courseId, itemId, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/check")
    @Operation(summary = "What saving this item would meet (conflicts, 学时), without saving it")
    CheckResult check(
            @PathVariable long courseId,
            @RequestParam(required = false) Long itemId,
            @Valid @RequestBody AgendaItemForm form) {
        CourseRights.requirePlanner(CurrentUser.get());
        AgendaPlanner.AgendaCheck check = agendaPlanner.check(
                courseId, itemId, form.toDetails(agendaPlanner::cadreIdByStaffNumber), CurrentUser.get());
        return new CheckResult(
                check.conflicts().stream()
                        .map(c -> new Finding(
                                c.field(),
                                c.messageKey(),
                                messages.getMessage(
                                        c.messageKey(), c.arguments().toArray(), LocaleContextHolder.getLocale())))
                        .toList(),
                check.credit(),
                check.zeroCredit() == null
                        ? null
                        : messages.getMessage(check.zeroCredit(), LocaleContextHolder.getLocale()));
    }

    private AgendaItemResource resource(AgendaItem item) {
        return new AgendaItemResource(
                item.id(),
                item.courseId(),
                item.type(),
                item.day(),
                item.startsAt(),
                item.endsAt(),
                item.siteId(),
                person(item.speaker()),
                item.title(),
                item.mandatory(),
                item.credit(),
                item.creditOverridden(),
                item.speakers().stream().map(this::person).toList(),
                person(item.presider()),
                item.sharesSitting(),
                item.dueAt());
    }

    private SpeakerResource person(Speaker person) {
        String staffNumber = person.cadreId() == null
                ? null
                : directory
                        .cadre(person.cadreId())
                        .map(CadreSummary::staffNumber)
                        .orElse(null);
        return new SpeakerResource(
                person.kind(), person.lecturerId(), person.cadreId(), staffNumber, person.text(), person.topic());
    }
}
