package org.cadretraining.account;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators list, create and change accounts. A one-time password is shown once, in the response to the request
 * that made it, and is never put in the session, a redirect or the log.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AccountAdminController {

    private final Accounts accounts;
    private final AccountSearch search;
    private final OrganisationDirectory directory;

    AccountAdminController(Accounts accounts, AccountSearch search, OrganisationDirectory directory) {
        this.accounts = accounts;
        this.search = search;
        this.directory = directory;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "username") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "0") int page,
            Locale locale,
            Model model) {
        AccountSearch.Criteria criteria = new AccountSearch.Criteria(q, role, sort, "desc".equals(dir), page);
        AccountSearch.Page result = search.find(criteria);
        Map<Long, String> cadres = new HashMap<>();
        result.rows().stream().filter(row -> row.cadreId() != null).forEach(row -> directory
                .cadre(row.cadreId())
                .ifPresent(cadre -> cadres.put(row.cadreId(), cadre.name() + " · " + cadre.staffNumber())));
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", result);
        model.addAttribute("cadres", cadres);
        model.addAttribute("unitNames", unitNames(locale));
        return "account/accounts";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("accountForm", AccountForm.empty());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult errors, Model model) {
        Long cadreId = cadreId(form, errors);
        checkRolesAndScope(null, form, cadreId, errors);
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            String password =
                    accounts.create(form.username(), form.displayName(), form.roles(), cadreId, form.liaisonUnitId());
            return oneTimePassword(model, form.username(), "account.oneTime.created", password);
        } catch (DomainException refused) {
            reject(errors, refused);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Account account = accounts.find(id);
        String staffNumber = account.cadreId() == null
                ? ""
                : directory
                        .cadre(account.cadreId())
                        .map(CadreSummary::staffNumber)
                        .orElse("");
        model.addAttribute("accountForm", AccountForm.of(account, staffNumber));
        return form(model, account);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("accountForm") AccountForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Account account = accounts.find(id);
        Long cadreId = cadreId(form, errors);
        checkRolesAndScope(id, form, cadreId, errors);
        if (errors.hasFieldErrors("displayName")
                || errors.hasFieldErrors("cadreStaffNumber")
                || errors.hasFieldErrors("roles")
                || errors.hasFieldErrors("liaisonUnitId")) {
            return form(model, account);
        }
        try {
            accounts.change(
                    id,
                    new AccountChange(form.displayName(), form.roles(), cadreId, form.liaisonUnitId(), form.enabled()),
                    CurrentUser.get());
        } catch (DomainException refused) {
            reject(errors, refused);
            return form(model, account);
        }
        redirect.addFlashAttribute("notice", "account.saved");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, Model model) {
        String password = accounts.resetPassword(id, CurrentUser.get());
        return oneTimePassword(model, accounts.find(id).username(), "account.oneTime.reset", password);
    }

    private String oneTimePassword(Model model, String username, String headingKey, String password) {
        model.addAttribute("username", username);
        model.addAttribute("headingKey", headingKey);
        model.addAttribute("oneTimePassword", password);
        return "account/one-time-password";
    }

    /** The account being edited, as the form shows it; none while a new one is made. */
    record Editing(long id, String username) {}

    private String form(Model model, Account account) {
        model.addAttribute("editing", account == null ? null : new Editing(account.id(), account.username()));
        model.addAttribute("units", directory.allUnits());
        return "account/account-form";
    }

    private Long cadreId(AccountForm form, BindingResult errors) {
        if (form.cadreStaffNumber().isEmpty() || errors.hasFieldErrors("cadreStaffNumber")) {
            return null;
        }
        return directory.cadreIdByStaffNumber(form.cadreStaffNumber()).orElseGet(() -> {
            errors.rejectValue("cadreStaffNumber", "account.cadre.unknown");
            return null;
        });
    }

    /** All of the facade's objections at once, beside the fields they concern, before anything is saved. */
    private void checkRolesAndScope(Long accountId, AccountForm form, Long cadreId, BindingResult errors) {
        for (DomainException problem :
                accounts.rolesAndScopeProblems(accountId, form.roles(), cadreId, form.liaisonUnitId())) {
            String field = formField(problem);
            if (!errors.hasFieldErrors(field)) {
                reject(errors, problem);
            }
        }
    }

    /** The facade names its own fields; the form names the cadre by staff number. */
    private static String formField(DomainException refused) {
        return "cadreId".equals(refused.field()) ? "cadreStaffNumber" : refused.field();
    }

    private static void reject(BindingResult errors, DomainException refused) {
        String field = formField(refused);
        if (field == null) {
            errors.reject(refused.messageKey(), refused.arguments(), null);
        } else {
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
        }
    }

    private Map<Long, String> unitNames(Locale locale) {
        Map<Long, String> names = new HashMap<>();
        List<UnitNode> units = directory.allUnits();
        units.forEach(unit -> names.put(unit.id(), unit.name().in(locale)));
        return names;
    }
}
