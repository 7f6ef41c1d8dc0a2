package org.cadretraining.completion;

import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.course.LeaveCap;
import org.cadretraining.leave.LeaveBook;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** The reasons for not completing, in Chinese and English, as kept and shown. */
@Component
class ReasonTexts {

    private final Explanations explanations;

    ReasonTexts(Explanations explanations) {
        this.explanations = explanations;
    }

    LocalizedText mandatoryMissed(AgendaEntry item) {
        return aboutItem("completion.reason.mandatoryMissed", item);
    }

    /** Leave from a mandatory item, said before it is approved: what completion then needs. */
    LocalizedText leaveMissesMandatory(AgendaEntry item) {
        return aboutItem("completion.leave.missesMandatory", item);
    }

    /** The most 学时 left to earn once leave is approved, against the required 学时. */
    LocalizedText hoursLeftAfterLeave(CreditHours left, CreditHours required, boolean tooFew) {
        return explanations.text(tooFew ? "completion.leave.hoursShort" : "completion.leave.hoursLeft", left, required);
    }

    LocalizedText withdrawn(LeaveBook.Withdrawal withdrawal) {
        LocalizedText reason = LocalizedText.ofRecorded(withdrawal.reason());
        String zh = reason.zh();
        String en = reason.en();
        return new LocalizedText(
                explanations.text("completion.reason.withdrawn", zh).zh(),
                explanations.text("completion.reason.withdrawn", en).en());
    }

    LocalizedText leavePastCap(CreditHours leave, LeaveCap cap) {
        return explanations.text("completion.reason.leavePastCap", leave, cap.courseHours(), cap.shown());
    }

    LocalizedText shortOfHours(CreditHours credited, CreditHours required) {
        return explanations.text("completion.reason.shortOfHours", credited, required);
    }

    LocalizedText noReflection() {
        return explanations.text("completion.reason.noReflection");
    }

    /** A text naming an item by its day, time and title, each in its own language. */
    private LocalizedText aboutItem(String key, AgendaEntry item) {
        LocalizedText zh = explanations.text(
                key,
                explanations.day(item.day(), Explanations.ZH),
                item.startsAt() + "–" + item.endsAt(),
                item.title().in(Explanations.ZH));
        LocalizedText en = explanations.text(
                key,
                explanations.day(item.day(), Explanations.EN),
                item.startsAt() + "–" + item.endsAt(),
                item.title().in(Explanations.EN));
        return new LocalizedText(zh.zh(), en.en());
    }
}
