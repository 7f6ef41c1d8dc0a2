package org.cadretraining.news.draft;

/**
 * Brackets that never nest: a text the draft puts in brackets of its own ("Wang Jun (王军; …)") has its own
 * bracketed remark written after a separator instead ("王军（示例）" becomes "王军; 示例").
 */
final class Brackets {

    private Brackets() {}

    static String flattened(String text, String separator) {
        String closing = separator.strip();
        return text.replaceAll("\\s*[（(]\\s*", separator)
                .replaceAll("\\s*[）)]\\s*$", "")
                .replaceAll("\\s*[）)]\\s*(?=[,;.，；、。])", "")
                .replaceAll("\\s*[）)]\\s*", closing.isEmpty() ? " " : separator)
                .strip();
    }
}
