package org.cadretraining.course;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans courses and agenda items from others: a course copied to new dates with its whole agenda moved by the same
 * number of days (its places per unit and its materials follow, through {@link CourseCopied}), a day copied to
 * another day, an item repeated on other days. Every new item goes through the same checks as one entered by hand,
 * so a copy that would clash is refused whole, naming the item.
 */
@Service
class CourseCopier {

    /** As long as a course's title may be, in either language. */
    static final int MAX_TITLE = 300;

    private final CoursePlanner planner;
    private final AgendaPlanner agendaPlanner;
    private final ApplicationEventPublisher events;

    CourseCopier(CoursePlanner planner, AgendaPlanner agendaPlanner, ApplicationEventPublisher events) {
        this.planner = planner;
        this.agendaPlanner = agendaPlanner;
        this.events = events;
    }

    /** A copy under the new Chinese title; the English title is the source's unless another is given. */
    @Transactional
    Course copyCourse(long sourceId, String titleZh, String titleEn, LocalDate startsOn, CurrentUser user) {
        CourseRights.requirePlanner(user);
        Course source = planner.get(sourceId, user);
        if (startsOn == null) {
            throw DomainException.invalid("startsOn", "course.copy.startRequired");
        }
        if (titleZh == null || titleZh.isBlank()) {
            throw DomainException.invalid("titleZh", "course.copy.titleRequired");
        }
        if (titleZh.strip().length() > MAX_TITLE) {
            throw DomainException.invalid("titleZh", "course.copy.titleTooLong", MAX_TITLE);
        }
        if (titleEn != null && titleEn.strip().length() > MAX_TITLE) {
            throw DomainException.invalid("titleEn", "course.copy.titleEnTooLong", MAX_TITLE);
        }
        LocalizedText title = new LocalizedText(
                titleZh.strip(), titleEn == null ? source.title().en() : titleEn);
        long shift = ChronoUnit.DAYS.between(source.startsOn(), startsOn);
        CourseDetails details = CourseDetails.of(source);
        Course copy = planner.create(
                details.withTitleAndDates(title, startsOn, details.endsOn().plusDays(shift)), user);
        List<AgendaItem> sourceItems = planner.agenda(sourceId, user);
        List<AgendaItem> added = addAll(
                copy.id(),
                sourceItems.stream()
                        .map(item -> item.details().onDay(item.day().plusDays(shift)))
                        .toList(),
                user);
        Map<Long, Long> itemIds = new LinkedHashMap<>();
        for (int i = 0; i < sourceItems.size(); i++) {
            itemIds.put(sourceItems.get(i).id(), added.get(i).id());
        }
        events.publishEvent(new CourseCopied(sourceId, copy.id(), itemIds));
        return copy;
    }

    /** Copies every item of one day of the course to another of its days; returns the new items. */
    @Transactional
    List<AgendaItem> copyDay(long courseId, LocalDate day, LocalDate to, CurrentUser user) {
        List<AgendaItem> items = planner.agenda(courseId, user).stream()
                .filter(item -> item.day().equals(day))
                .toList();
        if (items.isEmpty()) {
            throw DomainException.invalid("day", "course.copy.dayEmpty", day);
        }
        if (to == null || to.equals(day)) {
            throw DomainException.invalid("to", "course.copy.otherDay");
        }
        return addAll(
                courseId, items.stream().map(item -> item.details().onDay(to)).toList(), user);
    }

    /** Repeats one item, at the same time, on each of the days given; returns the new items. */
    @Transactional
    List<AgendaItem> repeatItem(long courseId, Long itemId, Collection<LocalDate> days, CurrentUser user) {
        if (itemId == null) {
            throw DomainException.invalid("itemId", "course.copy.itemRequired");
        }
        AgendaItem item = planner.item(courseId, itemId, user);
        List<LocalDate> others = days == null
                ? List.of()
                : days.stream()
                        .filter(day -> !day.equals(item.day()))
                        .distinct()
                        .sorted()
                        .toList();
        if (others.isEmpty()) {
            throw DomainException.invalid("days", "course.copy.otherDay");
        }
        return addAll(
                courseId, others.stream().map(day -> item.details().onDay(day)).toList(), user);
    }

    /** Plans the items together; the first refused one refuses them all (the transaction rolls back). */
    private List<AgendaItem> addAll(long courseId, List<AgendaItemDetails> planned, CurrentUser user) {
        List<AgendaPlanner.ItemOutcome> outcomes = agendaPlanner.addItems(courseId, planned, user);
        for (AgendaPlanner.ItemOutcome outcome : outcomes) {
            if (outcome.refused() != null) {
                throw outcome.refused();
            }
        }
        return outcomes.stream().map(AgendaPlanner.ItemOutcome::item).toList();
    }
}
