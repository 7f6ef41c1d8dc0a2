package org.cadretraining.attendance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.PastedNames;

/**
 * Whom to seat in a vehicle in one step: every trainee ({@code ALL}), a study group ({@code GROUP}) or names pasted
 * from a list ({@code NAMES}, one a line or separated by commas or 、; a staff number or an English name does too).
 * A pasted name that is no trainee's, or is several trainees', is refused with its reason.
 */
record SeatChoice(String mode, String group, String names) {

    enum Mode {
        ALL,
        GROUP,
        NAMES
    }

    /** A pasted name that could not be seated, and why (a message key and its arguments). */
    record Refusal(String name, String messageKey, List<String> arguments) {}

    /** Whom the choice names, or why some names could not be seated (then nobody is). */
    record Outcome(List<Long> chosen, List<Refusal> refusals) {}

    Outcome resolve(List<ClassMember> trainees) {
        return switch (chosenMode()) {
            case ALL -> new Outcome(trainees.stream().map(ClassMember::cadreId).toList(), List.of());
            case GROUP -> byGroup(trainees);
            case NAMES -> byNames(trainees);
        };
    }

    Mode chosenMode() {
        try {
            return Mode.valueOf(mode == null ? "" : mode.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("mode", "attendance.vehicle.mode.invalid");
        }
    }

    private Outcome byGroup(List<ClassMember> trainees) {
        String wanted = group == null ? "" : group.strip();
        List<Long> chosen = trainees.stream()
                .filter(member -> !wanted.isEmpty() && member.group().equals(wanted))
                .map(ClassMember::cadreId)
                .toList();
        if (chosen.isEmpty()) {
            throw DomainException.invalid("group", "attendance.vehicle.group.unknown");
        }
        return new Outcome(chosen, List.of());
    }

    private Outcome byNames(List<ClassMember> trainees) {
        Set<String> pasted = new LinkedHashSet<>(PastedNames.split(names));
        if (pasted.isEmpty()) {
            throw DomainException.invalid("names", "attendance.vehicle.names.required");
        }
        Set<Long> chosen = new LinkedHashSet<>();
        List<Refusal> refusals = new ArrayList<>();
        for (String name : pasted) {
            List<ClassMember> matching =
                    trainees.stream().filter(member -> named(member, name)).toList();
            if (matching.isEmpty()) {
                refusals.add(new Refusal(name, "attendance.vehicle.refusal.notTrainee", List.of(name)));
            } else if (matching.size() > 1) {
                String numbers = String.join(
                        ", ", matching.stream().map(ClassMember::staffNumber).toList());
                refusals.add(new Refusal(name, "attendance.vehicle.refusal.ambiguous", List.of(name, numbers)));
            } else {
                chosen.add(matching.getFirst().cadreId());
            }
        }
        return new Outcome(List.copyOf(chosen), refusals);
    }

    private static boolean named(ClassMember member, String name) {
        return member.name().equals(name)
                || member.staffNumber().equals(name)
                || (!member.nameEn().isEmpty()
                        && member.nameEn().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }
}
