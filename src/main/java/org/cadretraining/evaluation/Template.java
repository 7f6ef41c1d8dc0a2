package org.cadretraining.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;

/**
 * A questionnaire template of the question bank: its title and its questions in order. The default template is
 * the institution's base and never changes; organisers edit copies, and a template once answered is kept as it was
 * answered ({@link #requireEditable}), so that every stored answer still means what the trainee read.
 */
record Template(Long id, LocalizedText title, boolean isDefault, Long copiedFrom, List<Question> questions) {

    static final int MAX_TITLE_LENGTH = 200;

    Template {
        if (title.zh().isEmpty()) {
            throw DomainException.invalid("titleZh", "evaluation.template.titleRequired");
        }
        if (title.zh().length() > MAX_TITLE_LENGTH || title.en().length() > MAX_TITLE_LENGTH) {
            throw DomainException.invalid("titleZh", "evaluation.template.titleTooLong", MAX_TITLE_LENGTH);
        }
        List<Question> numbered = new ArrayList<>();
        for (Question question : questions) {
            numbered.add(question.at(numbered.size()));
        }
        questions = List.copyOf(numbered);
    }

    /** A copy an organiser may edit, under its own title; it remembers where it came from. */
    Template copy(LocalizedText copyTitle) {
        return new Template(null, copyTitle, false, id, questions);
    }

    /** Refuses any change to the default template or to one that has been answered. */
    void requireEditable(boolean answered) {
        if (isDefault) {
            throw DomainException.conflict(null, "evaluation.template.defaultFixed");
        }
        if (answered) {
            throw DomainException.conflict(null, "evaluation.template.answered");
        }
    }

    Template retitled(LocalizedText newTitle) {
        return new Template(id, newTitle, isDefault, copiedFrom, questions);
    }

    Template withQuestion(Question question) {
        List<Question> more = new ArrayList<>(questions);
        more.add(question);
        return new Template(id, title, isDefault, copiedFrom, more);
    }

    Template withoutQuestion(int position) {
        if (position < 0 || position >= questions.size()) {
            throw DomainException.notFound("evaluation.question.notFound");
        }
        List<Question> fewer = new ArrayList<>(questions);
        fewer.remove(position);
        return new Template(id, title, isDefault, copiedFrom, fewer);
    }

    Template withQuestions(LocalizedText newTitle, List<Question> newQuestions) {
        return new Template(id, newTitle, isDefault, copiedFrom, newQuestions);
    }

    public List<Question> about(QuestionScope scope) {
        return questions.stream().filter(q -> q.scope() == scope).toList();
    }
}
