package org.cadretraining.enrolment;

import org.cadretraining.organisation.OrganisationDirectory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a page says after a change: "saved", or, when the person went to the waiting list, a sentence that says so
 * with the course's capacity and their place on the list.
 */
@Component
class WaitlistNotice {

    private final EnrolmentStore store;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    WaitlistNotice(EnrolmentStore store, OrganisationDirectory directory, MessageSource messages) {
        this.store = store;
        this.directory = directory;
        this.messages = messages;
    }

    void flash(RedirectAttributes redirect, Object done) {
        if (done instanceof Enrolment enrolment && enrolment.status() == EnrolmentStatus.WAITLISTED) {
            var locale = LocaleContextHolder.getLocale();
            String name = directory
                    .cadre(enrolment.cadreId())
                    .map(c -> c.nameIn(locale))
                    .orElse("?");
            int place = store.waitingList(enrolment.courseId()).stream()
                            .map(Enrolment::id)
                            .toList()
                            .indexOf(enrolment.id())
                    + 1;
            redirect.addFlashAttribute(
                    "waitlisted",
                    messages.getMessage(
                            "enrolment.saved.waitlisted",
                            new Object[] {
                                name, store.course(enrolment.courseId()).capacity(), place
                            },
                            locale));
            return;
        }
        redirect.addFlashAttribute("notice", "enrolment.saved");
    }
}
