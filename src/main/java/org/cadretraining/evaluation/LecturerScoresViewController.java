package org.cadretraining.evaluation;

import java.util.List;
import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The lecturer register's scores: every lecturer's for organisers, one lecturer's for organisers and themself. */
@Controller
class LecturerScoresViewController {

    private final LecturerScores scores;
    private final ResultsCharts charts;
    private final EvaluationSettings settings;

    LecturerScoresViewController(LecturerScores scores, ResultsCharts charts, EvaluationSettings settings) {
        this.scores = scores;
        this.charts = charts;
        this.settings = settings;
    }

    @GetMapping("/lecturers/scores")
    String all(Model model) {
        model.addAttribute("scores", scores.all(CurrentUser.get()));
        model.addAttribute("minAnswers", settings.minAnswers());
        return "evaluation/lecturer-scores";
    }

    @GetMapping("/lecturers/{id}/scores")
    String one(@PathVariable long id, Model model, Locale locale) {
        LecturerScore score = scores.of(id, CurrentUser.get());
        List<LecturerScore.Year> years = score.years();
        model.addAttribute("score", score);
        model.addAttribute("minAnswers", settings.minAnswers());
        model.addAttribute("mayList", CurrentUser.get().actsForInstitution());
        model.addAttribute(
                "trend",
                years.isEmpty()
                        ? null
                        : charts.trend(
                                years.stream()
                                        .map(y -> String.valueOf(y.year()))
                                        .toList(),
                                years.stream().map(LecturerScore.Year::mean).toList(),
                                locale));
        return "evaluation/lecturer-score";
    }
}
