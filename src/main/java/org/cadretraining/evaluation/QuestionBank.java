package org.cadretraining.evaluation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The question bank: templates listed to organisers, copied and edited by them, never once answered. */
@Service
class QuestionBank {

    private final TemplateStore store;
    private final Clock clock;
    private final MessageSource messages;

    QuestionBank(TemplateStore store, Clock clock, MessageSource messages) {
        this.store = store;
        this.clock = clock;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    List<TemplateStore.Listed> list(CurrentUser user) {
        requireOrganiser(user);
        return store.list();
    }

    /** The template with whether it may still be edited. */
    record Shown(Template template, boolean answered) {
        public boolean editable() {
            return !template.isDefault() && !answered;
        }
    }

    @Transactional(readOnly = true)
    Shown show(long id, CurrentUser user) {
        requireOrganiser(user);
        Template template = find(id);
        return new Shown(template, store.answered(id));
    }

    /** Any template a questionnaire may use, for the course pages that choose one. */
    @Transactional(readOnly = true)
    List<TemplateStore.Listed> choices() {
        return store.list();
    }

    @Transactional
    long copy(long id, LocalizedText title, CurrentUser user) {
        requireOrganiser(user);
        Template source = find(id);
        LocalizedText copyTitle = title == null || title.zh().isEmpty() ? copyTitle(source.title()) : title;
        return store.insert(source.copy(copyTitle), user.username(), clock.instant());
    }

    @Transactional
    Template revise(long id, UnaryOperator<Template> change, CurrentUser user) {
        requireOrganiser(user);
        Template template = store.lock(id).orElseThrow(QuestionBank::notFound);
        template.requireEditable(store.answered(id));
        Template revised = change.apply(template);
        store.update(revised);
        return revised;
    }

    /** The source's title marked as a copy, in both languages (the wording from the message bundle). */
    private LocalizedText copyTitle(LocalizedText title) {
        String zh = messages.getMessage("evaluation.template.copyTitle", new Object[] {title.zh()}, Locale.CHINESE);
        String en = title.en().isEmpty()
                ? ""
                : messages.getMessage("evaluation.template.copyTitle", new Object[] {title.en()}, Locale.ENGLISH);
        return new LocalizedText(
                zh.substring(0, Math.min(zh.length(), Template.MAX_TITLE_LENGTH)),
                en.substring(0, Math.min(en.length(), Template.MAX_TITLE_LENGTH)));
    }

    private Template find(long id) {
        return store.find(id).orElseThrow(QuestionBank::notFound);
    }

    private static DomainException notFound() {
        return DomainException.notFound("evaluation.template.notFound");
    }

    private static void requireOrganiser(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
