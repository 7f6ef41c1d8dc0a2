package org.cadretraining.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** A cadre's own page: the courses they are in or waiting for, today's agenda, and their notices. */
@Controller
class MyCoursesController {

    record MyCourse(CourseSummary course, EnrolmentStatus status, CourseRole role) {}

    record TodayItem(CourseSummary course, AgendaEntry item) {}

    private final EnrolmentStore store;
    private final CourseCatalog catalog;
    private final Notifications notifications;
    private final Clock clock;

    MyCoursesController(EnrolmentStore store, CourseCatalog catalog, Notifications notifications, Clock clock) {
        this.store = store;
        this.catalog = catalog;
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/my/courses")
    String show(Model model) {
        long cadreId = ownCadre();
        LocalDate today = LocalDate.now(clock);
        List<MyCourse> courses = store.ofCadre(cadreId).stream()
                .flatMap(e -> catalog.course(e.courseId()).stream().map(c -> new MyCourse(c, e.status(), e.role())))
                .filter(c -> c.course().status() != CourseStatus.CANCELLED)
                .sorted((a, b) -> a.course().startsOn().compareTo(b.course().startsOn()))
                .toList();
        List<TodayItem> agenda = courses.stream()
                .filter(c -> c.status() == EnrolmentStatus.APPROVED || c.status() == EnrolmentStatus.NOMINATED)
                .filter(c -> !today.isBefore(c.course().startsOn())
                        && !today.isAfter(c.course().endsOn()))
                .flatMap(c -> catalog.agenda(c.course().id()).stream()
                        .filter(i -> i.day().equals(today))
                        .map(i -> new TodayItem(c.course(), i)))
                .sorted((a, b) -> a.item().startsAt().compareTo(b.item().startsAt()))
                .toList();
        model.addAttribute("today", today);
        model.addAttribute("courses", courses);
        model.addAttribute("agenda", agenda);
        model.addAttribute("notices", notifications.of(cadreId));
        return "enrolment/my-courses";
    }

    @PostMapping("/my/notifications/read")
    String markRead() {
        notifications.markAllRead(ownCadre());
        return "redirect:/my/courses";
    }

    private static long ownCadre() {
        CurrentUser user = CurrentUser.get();
        if (user.cadreId() == null) {
            throw DomainException.notFound("enrolment.my.noCadre");
        }
        return user.cadreId();
    }
}
