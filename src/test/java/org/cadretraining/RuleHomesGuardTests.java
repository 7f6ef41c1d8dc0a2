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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each attendance and credit rule has one home (issue 12): the half-day block, the daily cap and the evening in
 * {@code course/DayCredit} with {@code course/TrainingRules}, the leave cap and its one rounding in {@code
 * course/LeaveCap}. This test reads the main sources (comments left out) and fails when the arithmetic's tell-tale
 * expressions turn up anywhere else, or when the callers stop going through the home.
 */
class RuleHomesGuardTests {

    static final Path MAIN = Path.of("src/main/java/org/cadretraining");

    /** The settings a copy of the arithmetic would have to read, and the files that may read them. */
    static final Map<String, Set<String>> SETTINGS = Map.of(
            "minutesPerHalfDay()", Set.of("course/TrainingRules.java", "course/DayCredit.java"),
            "hoursPerHalfDay()", Set.of("course/TrainingRules.java", "course/DayCredit.java"),
            "hoursPerDay()", Set.of("course/TrainingRules.java", "course/DayCredit.java", "course/ZeroCredit.java"),
            "afternoonStarts()", Set.of("course/TrainingRules.java"),
            "eveningStarts()", Set.of("course/TrainingRules.java", "course/ZeroCredit.java"),
            "leaveCapNumerator()", Set.of("course/TrainingRules.java"),
            "leaveCapDenominator()", Set.of("course/TrainingRules.java"));

    /** Where the settings are stored, bound and edited, not computed with. */
    static final Set<String> SETTINGS_KEEPERS =
            Set.of("course/TrainingRulesStore.java", "course/TrainingRulesForm.java", "course/CreditSettings.java");

    /** The leave cap's division and the half day's minutes written out as numbers. */
    static final List<Pattern> NUMBERS = List.of(
            Pattern.compile("/\\s*7\\b"),
            Pattern.compile("valueOf\\(\\s*7\\s*\\)"),
            Pattern.compile("divide\\([^;]*\\b7\\b"),
            Pattern.compile("\\b180\\b"),
            Pattern.compile("\\b3\\s*\\*\\s*60\\b"),
            Pattern.compile("RoundingMode\\.DOWN"),
            Pattern.compile("getHour\\(\\)\\s*\\*\\s*60"));

    static final Set<String> NUMBER_HOMES =
            Set.of("course/LeaveCap.java", "course/TrainingRules.java", "course/CreditSettings.java");

    @Test
    void theSettingsOfTheHalfDayAndTheLeaveCapAreReadOnlyInTheirHome() {
        List<String> copies = new ArrayList<>();
        for (Path file : sources()) {
            String name = name(file);
            if (SETTINGS_KEEPERS.contains(name)) {
                continue;
            }
            String code = code(file);
            SETTINGS.forEach((setting, homes) -> {
                if (!homes.contains(name) && code.contains("." + setting)) {
                    copies.add(name + " reads " + setting);
                }
            });
        }
        assertThat(copies).as("copies of the half-day or leave-cap arithmetic").isEmpty();
    }

    @Test
    void theLeaveCapDivisionAndTheHalfDayMinutesAppearNowhereElse() {
        List<String> copies = new ArrayList<>();
        for (Path file : sources()) {
            String name = name(file);
            if (NUMBER_HOMES.contains(name) || !inRuleModules(name)) {
                continue;
            }
            String code = code(file);
            for (Pattern number : NUMBERS) {
                if (number.matcher(code).find()) {
                    copies.add(name + " has " + number.pattern());
                }
            }
        }
        assertThat(copies).as("copies of the half-day or leave-cap arithmetic").isEmpty();
    }

    @Test
    void theCallersGoThroughTheHome() {
        assertCalls("course/CreditRule.java", ".dayCredit()", ".block(", "blockStartMinute(", "blockEndMinute(");
        assertCalls("completion/Explanations.java", "ItemCredit", ".setByHand()", ".bases()");
        assertCalls("completion/CompletionJudge.java", ".leaveCap(", ".admits(", "reckoning(");
        assertCalls("leave/LeaveStandings.java", ".leaveCap(");
        assertCalls("leave/LeaveRequest.java", ".atMostHalfADay(", ".blockAt(");
        assertCalls("leave/LeaveAfterwards.java", ".admits(");
        assertCalls("leave/LeaveApproval.java", "withinCapAfterApproval()", ".shown()");
    }

    @Test
    void theGuardSeesACopyWhenOneComesBack() {
        // the checks above must be able to fail: a copy of the old LeaveDesk arithmetic is found
        String copy = """
                return courseHours.value().multiply(BigDecimal.valueOf(rules.leaveCapNumerator()))
                        .divide(BigDecimal.valueOf(rules.leaveCapDenominator()), 2, RoundingMode.DOWN);
                """;
        assertThat(copy).contains(".leaveCapNumerator()");
        assertThat(NUMBERS.stream().anyMatch(p -> p.matcher(copy).find())).isTrue();
        assertThat(NUMBERS.stream().anyMatch(p -> p.matcher("long capped = Math.min(minutes, 180);")
                        .find()))
                .isTrue();
        assertThat(NUMBERS.stream().anyMatch(p -> p.matcher("hours * 1 / 7").find()))
                .isTrue();
    }

    private static void assertCalls(String file, String... calls) {
        String code = code(MAIN.resolve(file));
        for (String call : calls) {
            assertThat(code).as(file + " goes through the rule's home").contains(call);
        }
    }

    /** The modules where 学时, attendance and leave are reckoned. */
    private static boolean inRuleModules(String name) {
        return Stream.of("course/", "completion/", "leave/", "credit/", "attendance/", "enrolment/")
                .anyMatch(name::startsWith);
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path file) {
        return MAIN.relativize(file).toString().replace('\\', '/');
    }

    /** The source without its comments, so that prose about "1/7" or "180 minutes" is not taken for code. */
    private static String code(Path file) {
        try {
            String source = Files.readString(file);
            return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
