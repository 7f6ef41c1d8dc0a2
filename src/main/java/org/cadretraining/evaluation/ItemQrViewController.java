package org.cadretraining.evaluation;

import org.cadretraining.course.CourseCatalog.AgendaEntry;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The QR code an organiser or the class teacher puts on the screen at the end of an evaluated item: a trainee scans
 * it with their phone and lands on the answering page at that item (after signing in, if they were not).
 */
@Controller
class ItemQrViewController {

    private final Questionnaires questionnaires;

    ItemQrViewController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/courses/{id}/evaluation/items/{itemId}/qr")
    String qr(@PathVariable long id, @PathVariable long itemId, Model model) {
        Questionnaires.Overview overview = questionnaires.overview(id, CurrentUser.get());
        if (!overview.evaluatedItems().contains(itemId)) {
            throw DomainException.notFound("evaluation.questionnaire.itemNotEvaluated");
        }
        AgendaEntry item = overview.sittings().stream()
                .filter(entry -> entry.id() == itemId)
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("evaluation.questionnaire.itemNotEvaluated"));
        String address = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/courses/{id}/evaluation/answer")
                .fragment("item-" + itemId)
                .buildAndExpand(id)
                .toUriString();
        model.addAttribute("overview", overview);
        model.addAttribute("item", item);
        model.addAttribute("address", address);
        model.addAttribute("qr", EvaluationQr.dataUri(address, 480));
        return "evaluation/item-qr";
    }
}
