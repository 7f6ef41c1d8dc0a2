package org.cadretraining.course;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/training-rules")
@Tag(
        name = "Training rules",
        description = "The institution's rules for 学时, attendance and leave, including how evening items earn"
                + " 学时 (eveningCredit). Read and replaced by the administrator and the organisers, as on the rules"
                + " page.")
class TrainingRulesApiController {

    /** The rules in force, and after a replacement how many courses not yet completed were credited anew. */
    record RulesAnswer(TrainingRulesForm rules, Integer recreditedCourses) {}

    private final TrainingRulesKeeper keeper;

    TrainingRulesApiController(TrainingRulesKeeper keeper) {
        this.keeper = keeper;
    }

    @GetMapping
    @Operation(summary = "The training rules in force")
    RulesAnswer get() {
        return new RulesAnswer(TrainingRulesForm.of(keeper.current(CurrentUser.get())), null);
    }

    @PutMapping
    @Operation(
            summary = "Replace the training rules",
            description = "Every field is required and checked as on the rules page; the rules are kept as a new"
                    + " version with who saved them, and apply at once to the 学时 of every course not yet completed.")
    RulesAnswer put(@Valid @RequestBody TrainingRulesForm rules) {
        CurrentUser user = CurrentUser.get();
        int recredited = keeper.replace(rules.rules(), rules.itemTypes() != null, user);
        return new RulesAnswer(TrainingRulesForm.of(keeper.current(user)), recredited);
    }
}
