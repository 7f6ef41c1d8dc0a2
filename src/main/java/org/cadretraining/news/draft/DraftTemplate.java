package org.cadretraining.news.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A newsroom's wording of one shape of report in one language. Each line is a sentence (or several) with
 * placeholders such as {@code {organisers}}; a line is left out when the record has nothing for one of its
 * placeholders, unless the placeholder is marked optional ({@code {where?}}), so that a missing fact is never
 * written as an empty value. A blank line starts a new paragraph.
 */
public final class DraftTemplate {

    public static final int MAX_LENGTH = 4000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final String text;

    private DraftTemplate(String text) {
        this.text = text;
    }

    /** What is wrong with a template, as a message key of the news bundle and its arguments. */
    public record Problem(String key, List<Object> arguments) {}

    /** The template, or the problems that keep it from being one (unknown placeholders, unpaired braces …). */
    public static DraftTemplate parse(String text) {
        List<Problem> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new TemplateRefused(problems);
        }
        return new DraftTemplate(text.strip().replace("\r\n", "\n"));
    }

    public static List<Problem> problems(String text) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem("news.template.error.blank", List.of()));
            return problems;
        }
        if (text.length() > MAX_LENGTH) {
            problems.add(new Problem("news.template.error.tooLong", List.of(MAX_LENGTH)));
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            Matcher matcher = PLACEHOLDER.matcher(line);
            while (matcher.find()) {
                String key = matcher.group(1).strip();
                String bare = key.endsWith("?") ? key.substring(0, key.length() - 1) : key;
                if (Placeholder.of(bare).isEmpty()) {
                    problems.add(new Problem("news.template.error.unknown", List.of(n + 1, "{" + key + "}")));
                }
            }
            String outside = PLACEHOLDER.matcher(line).replaceAll("");
            if (outside.contains("{") || outside.contains("}")) {
                problems.add(new Problem("news.template.error.braces", List.of(n + 1)));
            }
        }
        if (problems.isEmpty() && !text.contains("{" + Placeholder.TITLE.key() + "}")) {
            problems.add(new Problem("news.template.error.noTitle", List.of("{" + Placeholder.TITLE.key() + "}")));
        }
        return problems;
    }

    public String text() {
        return text;
    }

    /** The paragraphs, each the lines that have all they need, joined by {@code lineJoin}. */
    List<String> render(Map<Placeholder, String> values, String lineJoin) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(current, paragraphs, lineJoin);
                continue;
            }
            String filled = fill(line.strip(), values);
            if (filled != null && !filled.isBlank()) {
                current.add(filled.strip());
            }
        }
        flush(current, paragraphs, lineJoin);
        return paragraphs;
    }

    private static String fill(String line, Map<Placeholder, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1).strip();
            boolean optional = key.endsWith("?");
            Placeholder placeholder = Placeholder.of(optional ? key.substring(0, key.length() - 1) : key)
                    .orElseThrow();
            String value = values.getOrDefault(placeholder, "");
            if (value.isEmpty() && !optional) {
                return null;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static void flush(List<String> lines, List<String> paragraphs, String lineJoin) {
        if (!lines.isEmpty()) {
            paragraphs.add(String.join(lineJoin, lines));
            lines.clear();
        }
    }
}
