package org.cadretraining.news.draft;

/**
 * The wording the newsroom starts from, per shape and language, until it writes its own. Every default names every
 * kind of fact (a line the record has nothing for drops out), so that no fact of a course is lost by its shape.
 */
public final class DefaultTemplates {

    private static final String ZH_FACTS = """
            {host}
            {coOrganisers}
            {purpose}
            {audience}
            {leader}
            """;
    private static final String ZH_PROGRAMME = """
            {ceremonies}
            {lectures}
            {fieldStudies}
            {discussions}
            {selfStudy}
            {exams}
            {homework}
            {otherItems}
            {materials}
            """;
    private static final String ZH_CLOSE = """
            {participation}
            {completion}
            """;
    private static final String EN_FACTS = """
            {host}
            {coOrganisers}
            {purpose}
            The course lasted {length}.
            {audience}
            {leader}
            """;

    private DefaultTemplates() {}

    public static String of(Shape shape, boolean english) {
        return english ? english(shape) : chinese(shape);
    }

    private static String chinese(Shape shape) {
        return switch (shape) {
            case SINGLE_LECTURE ->
                "{inOrderTo?}{dates}，{organisers}{where?}举办{title}。\n" + ZH_FACTS
                        + ZH_PROGRAMME.replace("{lectures}\n", "") + "\n{lectures}\n\n" + ZH_CLOSE;
            case CEREMONY ->
                "{inOrderTo?}{dates}，{organisers}{where?}举行{title}{ceremony?}。\n" + ZH_FACTS + "\n" + ZH_PROGRAMME
                        + "\n" + ZH_CLOSE;
            case ONLINE ->
                "{inOrderTo?}{dates}，{organisers}{where?}举办{title}。\n培训{length}。\n" + ZH_FACTS + "\n" + ZH_PROGRAMME
                        + "\n" + ZH_CLOSE;
            case FIELD_STUDY ->
                "{inOrderTo?}{dates}，{organisers}举办{title}。\n{fieldStudies}\n" + ZH_FACTS + "\n"
                        + ZH_PROGRAMME.replace("{fieldStudies}\n", "") + "\n" + ZH_CLOSE;
            case MULTI_DAY ->
                "{inOrderTo?}{dates}，{organisers}{where?}举办{title}。\n培训{length}。\n" + ZH_FACTS + "\n" + ZH_PROGRAMME
                        + "\n" + ZH_CLOSE;
        };
    }

    private static String english(Shape shape) {
        String programme = ZH_PROGRAMME;
        String close = ZH_CLOSE;
        return switch (shape) {
            case SINGLE_LECTURE ->
                "{dateline} — {inOrderTo?}{organisers} held {title}{where?}.\n" + EN_FACTS
                        + programme.replace("{lectures}\n", "") + "\n{lectures}\n\n" + close;
            case CEREMONY ->
                "{dateline} — {inOrderTo?}{organisers} held {title}{where?}.\n{ceremonies}\n" + EN_FACTS + "\n"
                        + programme.replace("{ceremonies}\n", "") + "\n" + close;
            case ONLINE ->
                "{dateline} — {inOrderTo?}{dates}, {organisers} held {title}{where?}.\n" + EN_FACTS + "\n" + programme
                        + "\n" + close;
            case FIELD_STUDY ->
                "{dateline} — {inOrderTo?}{dates}, {organisers} held {title}.\n{fieldStudies}\n" + EN_FACTS + "\n"
                        + programme.replace("{fieldStudies}\n", "") + "\n" + close;
            case MULTI_DAY ->
                "{dateline} — {inOrderTo?}{dates}, {organisers} held {title}{where?}.\n" + EN_FACTS + "\n" + programme
                        + "\n" + close;
        };
    }
}
