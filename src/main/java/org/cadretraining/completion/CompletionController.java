package org.cadretraining.completion;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.completion.Certificates.Certificate;
import org.cadretraining.completion.CompletionJudge.Decision;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.course.CourseStatus;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The completion page of a course: for the organiser (and the class teacher, read only) each trainee's credited
 * 学时, leave, decision with reasons, reflection report and certificate; for a trainee their own result, how their
 * 学时 were credited, their reflection report and their certificate.
 */
@Controller
class CompletionController {

    /** One trainee's line on the page. */
    record Row(
            ClassMember trainee,
            boolean completed,
            CreditHours credited,
            CreditHours leave,
            List<LocalizedText> reasons,
            Instant reflectedAt,
            Certificate certificate) {}

    private final CourseCatalog catalog;
    private final CompletionJudge judge;
    private final CompletionBook book;
    private final CompletionRules rules;
    private final Reflections reflections;
    private final Certificates certificates;
    private final CompletionRights rights;
    private final MessageSource messages;

    CompletionController(
            CourseCatalog catalog,
            CompletionJudge judge,
            CompletionBook book,
            CompletionRules rules,
            Reflections reflections,
            Certificates certificates,
            CompletionRights rights,
            MessageSource messages) {
        this.catalog = catalog;
        this.judge = judge;
        this.book = book;
        this.rules = rules;
        this.reflections = reflections;
        this.certificates = certificates;
        this.rights = rights;
        this.messages = messages;
    }

    @GetMapping("/courses/{courseId}/completion")
    String show(@PathVariable long courseId, Model model) {
        ReflectionForm form = new ReflectionForm();
        CurrentUser user = CurrentUser.get();
        if (user.cadreId() != null) {
            reflections.of(courseId, user.cadreId()).ifPresent(report -> form.setBody(report.body()));
        }
        return page(courseId, form, model);
    }

    @PostMapping("/courses/{courseId}/completion/rule")
    String saveRule(
            @PathVariable long courseId,
            @RequestParam(defaultValue = "false") boolean reflectionRequired,
            RedirectAttributes redirect) {
        CourseSummary course = course(courseId);
        if (!course.status().beforeCompletion()) {
            throw DomainException.conflict(null, "completion.reflection.closed");
        }
        rules.requireReflection(courseId, reflectionRequired, CurrentUser.get());
        redirect.addFlashAttribute("notice", "completion.rule.saved");
        return "redirect:/courses/" + courseId + "/completion";
    }

    @PostMapping("/courses/{courseId}/reflection")
    String reflect(
            @PathVariable long courseId,
            @ModelAttribute("reflection") ReflectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        CurrentUser user = CurrentUser.get();
        if (user.cadreId() == null) {
            throw DomainException.forbidden();
        }
        CourseSummary course = course(courseId);
        try {
            reflections.submit(
                    courseId, user.cadreId(), form.getBody(), course.status().beforeCompletion(), user);
        } catch (DomainException refusal) {
            FormErrors.reject(errors, refusal);
            return page(courseId, form, model);
        }
        redirect.addFlashAttribute("notice", "completion.reflection.saved");
        return "redirect:/courses/" + courseId + "/completion";
    }

    @PostMapping("/certificates/{certificateId}/revoke")
    String revoke(
            @PathVariable long certificateId,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        rights.requireOrganiser(CurrentUser.get());
        Certificate certificate = certificates
                .byId(certificateId)
                .orElseThrow(() -> DomainException.notFound("completion.certificate.notFound"));
        try {
            certificates.revoke(certificateId, reason, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN) {
                throw refusal;
            }
            redirect.addFlashAttribute("revokeRefusedFor", certificateId);
            redirect.addFlashAttribute(
                    "revokeRefusal", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            redirect.addFlashAttribute("revokeReason", reason);
            return "redirect:/courses/" + certificate.courseId() + "/completion";
        }
        redirect.addFlashAttribute("notice", "completion.revoke.done");
        return "redirect:/courses/" + certificate.courseId() + "/completion";
    }

    private String page(long courseId, ReflectionForm form, Model model) {
        CurrentUser user = CurrentUser.get();
        CourseSummary course = course(courseId);
        boolean whole = rights.seesWholeCourse(courseId, user);
        boolean trainee = rights.isTrainee(courseId, user);
        if (!whole && !trainee) {
            throw DomainException.forbidden();
        }
        boolean decided = course.status() == CourseStatus.COMPLETED || course.status() == CourseStatus.ARCHIVED;
        List<Decision> live = judge.decide(courseId);
        Map<Long, CompletionBook.Recorded> recorded = decided ? book.ofCourse(courseId) : Map.of();
        Map<Long, Instant> reflected = reflections.submitted(courseId);
        Map<Long, Certificate> issued = certificates.ofCourse(courseId).stream()
                .collect(Collectors.toMap(Certificate::cadreId, Function.identity()));
        List<Row> rows = live.stream()
                .filter(d -> whole || d.trainee().cadreId() == user.cadreId())
                .map(d -> row(d, Optional.ofNullable(recorded.get(d.trainee().cadreId())), reflected, issued))
                .toList();
        var training = catalog.rules();
        model.addAttribute("course", course);
        model.addAttribute("decided", decided);
        model.addAttribute(
                "decidedAt",
                recorded.values().stream()
                        .map(CompletionBook.Recorded::decidedAt)
                        .findFirst()
                        .orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("whole", whole);
        model.addAttribute("organiser", user.actsForInstitution());
        model.addAttribute("trainee", trainee);
        model.addAttribute("reflectionRequired", rules.reflectionRequired(courseId));
        model.addAttribute("capFraction", training.leaveCapNumerator() + "/" + training.leaveCapDenominator());
        model.addAttribute("minimumPercent", training.minimumAttendedPercent());
        model.addAttribute(
                "myItems",
                trainee
                        ? live.stream()
                                .filter(d -> d.trainee().cadreId() == user.cadreId())
                                .flatMap(d -> d.creditedItems().stream())
                                .toList()
                        : List.of());
        model.addAttribute("reflection", form);
        return "completion/completion";
    }

    private static Row row(
            Decision live,
            Optional<CompletionBook.Recorded> recorded,
            Map<Long, Instant> reflected,
            Map<Long, Certificate> issued) {
        long cadreId = live.trainee().cadreId();
        return recorded.map(r -> new Row(
                        live.trainee(),
                        r.completed(),
                        r.credited(),
                        r.leave(),
                        r.reasons(),
                        reflected.get(cadreId),
                        issued.get(cadreId)))
                .orElseGet(() -> new Row(
                        live.trainee(),
                        live.completed(),
                        live.credited(),
                        live.leave(),
                        live.reasons().stream()
                                .map(CompletionJudge.Reason::text)
                                .toList(),
                        reflected.get(cadreId),
                        issued.get(cadreId)));
    }

    private CourseSummary course(long courseId) {
        return catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
    }
}
