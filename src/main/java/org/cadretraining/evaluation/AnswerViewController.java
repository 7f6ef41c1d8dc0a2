package org.cadretraining.evaluation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainee's answering page, made for a phone: reached from the course page and from the QR code shown at the
 * end of an item. A refused submission is shown again with every answer kept and the refusal next to its question.
 */
@Controller
class AnswerViewController {

    private final AnswerDesk desk;
    private final MessageSource messages;

    AnswerViewController(AnswerDesk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/courses/{id}/evaluation/answer")
    String sheet(@PathVariable long id, Model model) {
        return page(desk.sheet(id, CurrentUser.get()), Map.of(), null, null, model);
    }

    @PostMapping("/courses/{id}/evaluation/answer")
    String submit(
            @PathVariable long id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("q")) {
                raw.put(name, Arrays.asList(values));
            }
        });
        try {
            desk.submit(id, raw, CurrentUser.get());
            redirect.addFlashAttribute("notice", "evaluation.answer.thanks");
            return "redirect:/courses/" + id + "/evaluation/answer";
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN || refusal.kind() == DomainException.Kind.NOT_FOUND) {
                throw refusal;
            }
            response.setStatus(refusal.kind().status());
            String sentence =
                    messages.getMessage(refusal.messageKey(), refusal.arguments(), LocaleContextHolder.getLocale());
            return page(desk.sheet(id, CurrentUser.get()), raw, refusal.field(), sentence, model);
        }
    }

    private static String page(
            AnswerSheet sheet, Map<String, List<String>> values, String field, String refusal, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("values", values);
        model.addAttribute("errorField", field);
        model.addAttribute("refusal", refusal);
        model.addAttribute("maxText", Question.MAX_TEXT_LENGTH);
        return "evaluation/answer";
    }
}
