package org.cadretraining.organisation.importing;

import java.util.List;

/** One problem found in a file: the row, the column (its key; empty for the whole row) and the message. */
record ImportProblem(int row, String column, String messageKey, List<String> arguments) {

    static ImportProblem of(int row, String column, String messageKey, String joinedArguments) {
        List<String> arguments = joinedArguments == null || joinedArguments.isEmpty()
                ? List.of()
                : List.of(joinedArguments.split(ProblemLog.ARGUMENT_SEPARATOR, -1));
        return new ImportProblem(row, column, messageKey, arguments);
    }
}
