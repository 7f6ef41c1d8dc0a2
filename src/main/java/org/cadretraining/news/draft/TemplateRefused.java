package org.cadretraining.news.draft;

import java.util.List;

/** A wording template that cannot be used, with every problem found in it. */
public class TemplateRefused extends RuntimeException {

    private final transient List<DraftTemplate.Problem> problems;

    TemplateRefused(List<DraftTemplate.Problem> problems) {
        super("wording template refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<DraftTemplate.Problem> problems() {
        return problems;
    }
}
