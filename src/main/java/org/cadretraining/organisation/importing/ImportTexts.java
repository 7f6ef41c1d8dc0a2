package org.cadretraining.organisation.importing;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts stored problems and failures into the reader's language; they are kept as message keys for that reason. */
@Component
class ImportTexts {

    private final MessageSource messages;

    ImportTexts(MessageSource messages) {
        this.messages = messages;
    }

    ProblemView describe(ImportKind kind, ImportProblem problem, Locale locale) {
        return new ProblemView(
                problem.row(),
                problem.column(),
                columnName(kind, problem.column(), locale),
                messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale));
    }

    List<ProblemView> describe(ImportKind kind, List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(p -> describe(kind, p, locale)).toList();
    }

    String columnName(ImportKind kind, String column, Locale locale) {
        if (column == null || column.isEmpty()) {
            return "";
        }
        return messages.getMessage("importing.column." + kind.slug() + "." + column, null, column, locale);
    }

    String failure(ImportJob job, Locale locale) {
        return job.failure() == null ? null : messages.getMessage(job.failure(), null, job.failure(), locale);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
