package org.cadretraining.account.trainees;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page on which an organiser makes the sign-in accounts of a course's trainees. The one-time passwords are shown
 * once, in the response to the request that made them, and never kept in the session, a redirect or the log; the
 * workbook of them is written from the rows the result page sends back.
 */
@Controller
@RequestMapping("/courses/{id}/accounts")
class TraineeAccountsViewController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final TraineeAccounts accounts;
    private final PasswordSheet sheet;

    TraineeAccountsViewController(TraineeAccounts accounts, PasswordSheet sheet) {
        this.accounts = accounts;
        this.sheet = sheet;
    }

    @GetMapping
    String page(@PathVariable long id, Model model) {
        TraineeAccounts.Trainees trainees = accounts.trainees(id, CurrentUser.get());
        return page(trainees, ids(trainees.withoutAccount()), null, model);
    }

    @PostMapping("/preview")
    String preview(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> cadreId,
            Model model,
            HttpServletResponse response) {
        return planned(id, cadreId, null, model, response);
    }

    @PostMapping
    String make(
            @PathVariable long id,
            @RequestParam(required = false) List<Long> cadreId,
            @RequestParam(defaultValue = "") String token,
            Model model,
            HttpServletResponse response) {
        return planned(id, cadreId, token, model, response);
    }

    @PostMapping("/passwords.xlsx")
    ResponseEntity<byte[]> workbook(
            @PathVariable long id,
            @RequestParam List<String> username,
            @RequestParam List<String> name,
            @RequestParam List<String> unit,
            @RequestParam List<String> password,
            Locale locale) {
        accounts.trainees(id, CurrentUser.get()); // only those who may make the accounts get the sheet of them
        if (name.size() != username.size() || unit.size() != username.size() || password.size() != username.size()) {
            return ResponseEntity.badRequest().build();
        }
        List<PasswordSheet.Row> rows = new ArrayList<>();
        for (int i = 0; i < username.size(); i++) {
            rows.add(new PasswordSheet.Row(username.get(i), name.get(i), unit.get(i), password.get(i)));
        }
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("accounts-" + id + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(sheet.workbook(rows, locale));
    }

    /** A preview ({@code token} null), or the accounts made; a refusal is shown beside the list it concerns. */
    private String planned(long id, List<Long> cadreId, String token, Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.get();
        TraineeAccounts.Trainees trainees = accounts.trainees(id, user);
        Set<Long> chosen = cadreId == null ? Set.of() : Set.copyOf(cadreId);
        try {
            AccountPlan plan =
                    token == null ? accounts.preview(id, chosen, user) : accounts.make(id, chosen, token, user);
            if (plan.written()) {
                model.addAttribute("course", trainees.course());
                model.addAttribute("plan", plan);
                return "account/trainee-accounts-made";
            }
            return page(accounts.trainees(id, user), chosen, plan, model);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.FORBIDDEN) {
                throw refused;
            }
            response.setStatus(refused.kind().status());
            model.addAttribute("refused", refused);
            return page(trainees, chosen, null, model);
        }
    }

    private static String page(TraineeAccounts.Trainees trainees, Set<Long> chosen, AccountPlan plan, Model model) {
        model.addAttribute("course", trainees.course());
        model.addAttribute("trainees", trainees);
        model.addAttribute("chosen", chosen);
        model.addAttribute("plan", plan);
        return "account/trainee-accounts";
    }

    private static Set<Long> ids(List<ClassMember> trainees) {
        return trainees.stream().map(ClassMember::cadreId).collect(Collectors.toSet());
    }
}
