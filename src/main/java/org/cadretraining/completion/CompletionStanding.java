package org.cadretraining.completion;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.LocalizedText;

/**
 * One trainee's standing from attendance and leave: the 学时 credited item by item, approved leave, and the reasons
 * found there (withdrawn or leave past the cap, mandatory items missed). Kept between views; what the course asks
 * besides (the required 学时, a reflection report) is added when it is read, so a change to those needs no
 * re-judging.
 */
record CompletionStanding(
        ClassMember trainee,
        CreditHours credited,
        CreditHours leave,
        List<Reason> reasons,
        List<CreditedItem> creditedItems) {

    /** A reason for not completing, as stored: its code and its text in both languages. */
    record Reason(NonCompletion code, LocalizedText text) {}

    /** An item whose 学时 the trainee earned, with the explanation for the ledger. */
    record CreditedItem(AgendaEntry item, LocalizedText explanation) {}

    /** One trainee's result. */
    record Decision(
            ClassMember trainee,
            boolean completed,
            CreditHours credited,
            CreditHours leave,
            List<Reason> reasons,
            List<CreditedItem> creditedItems) {}

    /** The 学时 rule of completion: the credited 学时 must reach the course's required 学时. */
    static boolean shortOf(CreditHours credited, CreditHours required) {
        return credited.compareTo(required) < 0;
    }

    long cadreId() {
        return trainee.cadreId();
    }

    /**
     * The decision once the course's own requirements are added: the required 学时, a reflection report, and the
     * reasons of other conditions the trainee has not met ({@code unmet}).
     */
    Decision decided(
            CreditHours required,
            boolean reflectionRequired,
            boolean reflected,
            List<Reason> unmet,
            ReasonTexts texts) {
        List<Reason> all = new ArrayList<>(reasons);
        if (shortOf(credited, required)) {
            all.add(new Reason(NonCompletion.SHORT_OF_HOURS, texts.shortOfHours(credited, required)));
        }
        // a trainee withdrawn (退学) owes no reflection report: they may not hand one in
        boolean withdrawn = reasons.stream().anyMatch(r -> r.code() == NonCompletion.WITHDRAWN);
        if (reflectionRequired && !reflected && !withdrawn) {
            all.add(new Reason(NonCompletion.NO_REFLECTION, texts.noReflection()));
        }
        all.addAll(unmet);
        return new Decision(trainee, all.isEmpty(), credited, leave, List.copyOf(all), creditedItems);
    }
}
