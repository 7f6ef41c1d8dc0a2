package org.cadretraining.account.trainees;

import java.util.List;
import org.cadretraining.account.trainees.AccountLine.State;
import org.cadretraining.shared.Fingerprint;

/**
 * The accounts a course's chosen trainees would get (a preview), or got ({@code written}); {@code stale} says the
 * situation changed after the preview that was confirmed, so this is a new preview and nothing was made.
 */
record AccountPlan(long courseId, List<AccountLine> lines, boolean written, boolean stale) {

    public List<AccountLine> toMake() {
        return in(State.MAKE);
    }

    public List<AccountLine> existing() {
        return in(State.HAS_ACCOUNT);
    }

    public List<AccountLine> cannot() {
        return in(State.CANNOT);
    }

    private List<AccountLine> in(State state) {
        return lines.stream().filter(line -> line.state() == state).toList();
    }

    /** Accounts are made only when every chosen trainee can have one: nothing is made for part of a list. */
    public boolean ready() {
        return cannot().isEmpty() && !toMake().isEmpty();
    }

    public String token() {
        StringBuilder promised = new StringBuilder();
        lines.forEach(line -> promised.append(line.trainee().cadreId())
                .append('|')
                .append(line.username())
                .append('|')
                .append(line.state())
                .append('\n'));
        return Fingerprint.of(promised.toString());
    }

    AccountPlan asStale() {
        return new AccountPlan(courseId, lines, false, true);
    }

    AccountPlan madeWith(List<AccountLine> made) {
        return new AccountPlan(courseId, made, true, false);
    }
}
