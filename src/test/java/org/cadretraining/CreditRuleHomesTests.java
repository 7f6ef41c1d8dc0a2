package org.cadretraining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The regulations' rules of issue 17 each have one home: the days of training counted in {@code credit/CreditTotals}
 * and summed in {@code credit/CreditStanding}, the carry-over in the standing, how a requirement is met (hours or
 * days, pro rata after a rank change) in {@code credit/StandingQuery}, the promotion deadline in {@code
 * credit/PromotionDeadline}, an item kind's count in {@code course/ItemTypeRule}. This test reads the main sources
 * (comments left out) and fails when a setting or a table of these rules is read anywhere else.
 */
class CreditRuleHomesTests {

    static final Path MAIN = Path.of("src/main/java/org/cadretraining");

    /** What a copy of a rule would have to read, and the files that may: the home, and where it is kept or edited. */
    static final Map<String, Set<String>> READERS = Map.of(
            ".promotionMonths()",
                    Set.of(
                            "credit/PromotionDeadline.java",
                            "credit/CreditPolicies.java",
                            "credit/CreditPolicyForm.java"),
            ".carryOver()",
                    Set.of("credit/CreditStanding.java", "credit/CreditPolicies.java", "credit/CreditPolicyForm.java"),
            ".rankChange()",
                    Set.of("credit/StandingQuery.java", "credit/CreditPolicies.java", "credit/CreditPolicyForm.java"),
            "credit_training_day", Set.of("credit/CreditTotals.java"),
            "ft_days", Set.of("credit/CreditTotals.java", "credit/CreditStanding.java"),
            "days_county", Set.of("credit/CreditStanding.java", "credit/StandingQuery.java"),
            "promoted_on", Set.of("credit/StandingQuery.java", "credit/Compliance.java"),
            "hoursFor(slots.get(", Set.of("course/CreditRule.java"));

    @Test
    void eachRuleOfTheRegulationsIsReadOnlyInItsHome() {
        List<String> copies = new ArrayList<>();
        for (Path file : sources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            String code = code(file);
            READERS.forEach((needle, homes) -> {
                if (!homes.contains(name) && code.contains(needle)) {
                    copies.add(name + " reads " + needle);
                }
            });
        }
        assertThat(copies).as("copies of a rule outside its home").isEmpty();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String code(Path file) {
        try {
            return Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
