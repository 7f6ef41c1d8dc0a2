package org.cadretraining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when one language lacks a message key, a message is empty, a template uses a key that no bundle
 * holds, or a template shows text that does not come from the bundles.
 */
class I18nPropertiesSyncTests {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final List<String> LANGUAGES = List.of("en");

    /**
     * Attributes that replace an element's content, so that what is inside is only a mock-up. th:replace and th:insert
     * count only when they bring in another fragment: a page hands its own content to the layout through them
     * ({@code ~{::section}}).
     */
    private static final Set<String> CONTENT_REPLACING =
            Set.of("th:text", "th:utext", "th:errors", "sec:authentication");

    /** Attributes a reader sees or hears; they need a th: twin that fills them from the bundles. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("placeholder", "title", "aria-label", "alt", "label");

    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|\\w+);");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([^}(]+)");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguageAndNoEmptyMessage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : baseBundles()) {
            Properties base = load(MESSAGES.resolve(bundle + ".properties"));
            for (String language : LANGUAGES) {
                Path translationFile = MESSAGES.resolve(bundle + "_" + language + ".properties");
                if (!Files.exists(translationFile)) {
                    problems.add(translationFile + " is missing");
                    continue;
                }
                Properties translation = load(translationFile);
                difference(base, translation)
                        .forEach(key -> problems.add(translationFile.getFileName() + " lacks " + key));
                difference(translation, base)
                        .forEach(key -> problems.add(bundle + ".properties lacks " + key + " (present in "
                                + translationFile.getFileName() + ")"));
                emptyKeys(translation)
                        .forEach(key -> problems.add(translationFile.getFileName() + ": " + key + " is empty"));
            }
            emptyKeys(base).forEach(key -> problems.add(bundle + ".properties: " + key + " is empty"));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /** English pages say "credit hours": the Chinese term reads as noise to an English reader. */
    @Test
    void englishMessagesSayCreditHoursNotTheChineseTerm() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : baseBundles()) {
            Path english = MESSAGES.resolve(bundle + "_en.properties");
            if (!Files.exists(english)) {
                continue;
            }
            Properties translation = load(english);
            translation.stringPropertyNames().stream()
                    .filter(key -> translation.getProperty(key).contains("学时"))
                    .sorted()
                    .forEach(key -> problems.add(english.getFileName() + ": " + key));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyBundleIsRegisteredAndNoKeyIsDefinedInTwoBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        Properties application = load(APPLICATION_PROPERTIES);
        Set<String> registered =
                Set.of(application.getProperty("spring.messages.basename", "").split("\\s*,\\s*"));
        Map<String, String> owner = new TreeMap<>();
        for (String bundle : baseBundles()) {
            if (!registered.contains("messages/" + bundle)) {
                problems.add("messages/" + bundle + " is not listed in spring.messages.basename");
            }
            for (String key : load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, bundle);
                if (previous != null) {
                    problems.add(key + " is defined in both " + previous + " and " + bundle);
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : baseBundles()) {
            known.addAll(load(MESSAGES.resolve(bundle + ".properties")).stringPropertyNames());
        }
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            for (String key : messageKeysIn(Files.readString(template))) {
                if (!known.contains(key)) {
                    problems.add(TEMPLATES.relativize(template) + " uses #{" + key + "}, which no bundle defines");
                }
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void noTemplateHoldsLiteralText() throws IOException, ParseException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            literalTextIn(Files.readString(template))
                    .forEach(problem -> problems.add(TEMPLATES.relativize(template) + ": " + problem));
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    // The checks below prove that the template rule finds what it should, so that the test above can fail.

    @Test
    void literalTextOutsideAReplacedElementIsReported() throws ParseException {
        assertThat(literalTextIn("<html th:replace=\"~{layout :: layout(~{::section})}\"><section>Hi</section></html>"))
                .hasSize(1);
        assertThat(literalTextIn("<p><span th:replace=\"~{parts :: status(${job})}\">mock-up</span></p>"))
                .isEmpty();
        assertThat(literalTextIn("<p>Hello <b th:text=\"#{x}\">mock-up</b></p>"))
                .singleElement()
                .asString()
                .contains("Hello");
        assertThat(literalTextIn("<p>你好</p>")).hasSize(1);
    }

    @Test
    void visibleAttributesNeedATranslatedTwin() throws ParseException {
        assertThat(literalTextIn("<input placeholder=\"Name\">")).hasSize(1);
        assertThat(literalTextIn("<input placeholder=\"Name\" th:placeholder=\"#{name}\">"))
                .isEmpty();
        assertThat(literalTextIn("<a aria-label=\"关闭\" href=\"#\"></a>")).hasSize(1);
    }

    @Test
    void mockUpTextInsideReplacedElementsPunctuationAndNumbersAreAllowed() throws ParseException {
        assertThat(literalTextIn("""
                        <div><span th:text="#{a}">mock-up <i>text</i></span> · 1/2 &nbsp; &times;
                        <p th:remove="all">anything</p><!-- a comment --></div>
                        """)).isEmpty();
    }

    @Test
    void messageKeysAreFoundWithArgumentsAndDynamicKeysAreSkipped() {
        assertThat(messageKeysIn("<p th:text=\"#{home.welcome(${name})}\"></p><p th:text=\"#{${notice}}\"></p>"))
                .containsExactly("home.welcome");
    }

    private static List<String> literalTextIn(String html) throws ParseException {
        List<String> problems = new ArrayList<>();
        INestableNode document = new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html);
        collectLiteralText(document, problems);
        return problems;
    }

    private static void collectLiteralText(INestableNode parent, List<String> problems) {
        for (INode node : parent.getChildren()) {
            if (node instanceof Text text && hasLetters(text.getContent())) {
                problems.add("text \"" + text.getContent().strip() + "\"");
            } else if (node instanceof Element element) {
                checkAttributes(element, problems);
                boolean replaced = CONTENT_REPLACING.stream().anyMatch(element::hasAttribute)
                        || replacedByAnotherFragment(element)
                        || Set.of("all", "body").contains(String.valueOf(element.getAttributeValue("th:remove")));
                boolean code = element.elementNameMatches("script") || element.elementNameMatches("style");
                if (!replaced && !code) {
                    collectLiteralText(element, problems);
                }
            }
        }
    }

    /** A th:replace or th:insert that does not pass the element's own content on ({@code ~{::...}}) discards it. */
    private static boolean replacedByAnotherFragment(Element element) {
        for (String attribute : List.of("th:replace", "th:insert")) {
            String value = element.getAttributeValue(attribute);
            if (value != null && !value.contains("~{::")) {
                return true;
            }
        }
        return false;
    }

    private static void checkAttributes(Element element, List<String> problems) {
        for (Map.Entry<String, String> attribute : element.getAttributeMap().entrySet()) {
            String name = attribute.getKey().toLowerCase();
            boolean visible = VISIBLE_ATTRIBUTES.contains(name)
                    || (name.equals("value") && isButton(element))
                    || name.equals("data-confirm");
            if (visible && hasLetters(attribute.getValue()) && !element.hasAttribute("th:" + name)) {
                problems.add("attribute " + name + "=\"" + attribute.getValue() + "\"");
            }
        }
    }

    private static boolean isButton(Element element) {
        String type = String.valueOf(element.getAttributeValue("type")).toLowerCase();
        return element.elementNameMatches("input")
                && Set.of("submit", "button", "reset").contains(type);
    }

    private static boolean hasLetters(String text) {
        return text != null
                && LETTERS.matcher(ENTITY.matcher(text).replaceAll(" ")).find();
    }

    private static Set<String> messageKeysIn(String html) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = MESSAGE_KEY.matcher(html);
        while (matcher.find()) {
            String key = matcher.group(1).strip();
            if (!key.contains("$") && !key.contains("'") && !key.contains("*")) {
                keys.add(key);
            }
        }
        return keys;
    }

    private static List<String> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> difference(Properties left, Properties right) {
        Set<String> keys = new TreeSet<>(left.stringPropertyNames());
        keys.removeAll(right.stringPropertyNames());
        return keys;
    }

    private static Set<String> emptyKeys(Properties properties) {
        Set<String> keys = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (String.valueOf(value).isBlank()) {
                keys.add(String.valueOf(key));
            }
        });
        return keys;
    }
}
