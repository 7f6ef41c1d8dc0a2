package org.cadretraining.completion;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's make-up (补学) page of a course: record that a trainee made up a mandatory item they missed, and
 * the make-ups recorded so far, each of which may be withdrawn when recorded by mistake. The trainee's standing is
 * judged again at once, so the completion page shows it.
 */
@Controller
class MakeUpController {

    private final MakeUps makeUps;
    private final CompletionKeeper keeper;
    private final CourseCatalog catalog;
    private final ClassMembers members;
    private final MessageSource messages;

    MakeUpController(
            MakeUps makeUps,
            CompletionKeeper keeper,
            CourseCatalog catalog,
            ClassMembers members,
            MessageSource messages) {
        this.makeUps = makeUps;
        this.keeper = keeper;
        this.catalog = catalog;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/courses/{courseId}/completion/make-ups")
    String show(@PathVariable long courseId, Model model) {
        return render(courseId, null, model);
    }

    @PostMapping("/courses/{courseId}/completion/make-ups")
    String record(
            @PathVariable long courseId,
            @RequestParam long cadreId,
            @RequestParam long itemId,
            @RequestParam(required = false) MakeUpKind kind,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            // committed before the keeper judges, in a transaction of its own, so it sees the make-up
            makeUps.record(courseId, cadreId, itemId, kind, reason, CurrentUser.get());
        } catch (DomainException refusal) {
            return refused(courseId, refusal, model, locale);
        }
        keeper.keep(courseId, Set.of(cadreId));
        redirect.addFlashAttribute("notice", "completion.makeUp.done");
        return "redirect:/courses/" + courseId + "/completion/make-ups";
    }

    @PostMapping("/courses/{courseId}/completion/make-ups/{makeUpId}/withdraw")
    String withdraw(
            @PathVariable long courseId,
            @PathVariable long makeUpId,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        long cadreId;
        try {
            cadreId = makeUps.withdraw(courseId, makeUpId, reason, CurrentUser.get());
        } catch (DomainException refusal) {
            return refused(courseId, refusal, model, locale);
        }
        keeper.keep(courseId, Set.of(cadreId));
        redirect.addFlashAttribute("notice", "completion.makeUp.withdrawn");
        return "redirect:/courses/" + courseId + "/completion/make-ups";
    }

    /** The page again with the refusal said on it; a refusal of the page itself is answered as such. */
    private String refused(long courseId, DomainException refusal, Model model, Locale locale) {
        if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
            throw refusal;
        }
        return render(courseId, messages.getMessage(refusal.messageKey(), refusal.arguments(), locale), model);
    }

    private String render(long courseId, String refusal, Model model) {
        if (!CurrentUser.get().actsForInstitution()) {
            throw DomainException.forbidden();
        }
        var course = catalog.course(courseId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
        // make-ups are recorded for the class as it is; those recorded are named even for a trainee withdrawn since
        Map<Long, ClassMember> admitted = members.everyoneAdmitted(courseId).stream()
                .filter(ClassMember::trainee)
                .collect(Collectors.toMap(ClassMember::cadreId, Function.identity(), (a, b) -> a));
        Set<Long> inClass = members.trainees(courseId);
        Map<Long, ClassMember> trainees = admitted.values().stream()
                .filter(member -> inClass.contains(member.cadreId()))
                .collect(Collectors.toMap(ClassMember::cadreId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, AgendaEntry> items = makeUps.mandatoryItems(courseId).stream()
                .collect(Collectors.toMap(AgendaEntry::id, Function.identity()));
        model.addAttribute("course", course);
        model.addAttribute("trainees", trainees);
        model.addAttribute("admitted", admitted);
        model.addAttribute("items", items);
        model.addAttribute("kinds", MakeUpKind.values());
        model.addAttribute("makeUps", makeUps.ofCourse(courseId));
        model.addAttribute("open", course.status().beforeCompletion());
        model.addAttribute("refusal", refusal);
        return "completion/make-ups";
    }
}
