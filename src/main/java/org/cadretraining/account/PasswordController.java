package org.cadretraining.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cadretraining.shared.CurrentUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class PasswordController {

    static final String PATH = "/account/password";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final SignedInSessions signedIn;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    PasswordController(AccountRepository accounts, PasswordEncoder encoder, SignedInSessions signedIn) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.signedIn = signedIn;
    }

    record PasswordForm(
            @NotBlank(message = "{account.password.required}")
            String currentPassword,

            @NotNull(message = "{account.password.required}")
            @Size(min = 10, max = 128, message = "{account.password.length}")
            String newPassword,

            @NotBlank(message = "{account.password.required}")
            String confirmPassword) {}

    @GetMapping(PATH)
    String form(Model model) {
        // Not a @ModelAttribute method: its empty record would be bound in place of the one the user submitted.
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return "account/password";
    }

    @PostMapping(PATH)
    @Transactional
    String change(
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Account account = accounts.findById(CurrentUser.get().accountId()).orElseThrow();
        if (!errors.hasFieldErrors("currentPassword")
                && !encoder.matches(form.currentPassword(), account.passwordHash())) {
            errors.rejectValue("currentPassword", "account.password.wrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            if (!form.newPassword().equals(form.confirmPassword())) {
                errors.rejectValue("confirmPassword", "account.password.mismatch");
            } else if (form.newPassword().equals(form.currentPassword())) {
                errors.rejectValue("newPassword", "account.password.same");
            } else if (form.newPassword().equalsIgnoreCase(account.username())) {
                errors.rejectValue("newPassword", "account.password.username");
            }
        }
        if (errors.hasErrors()) {
            return "account/password";
        }
        account.changePassword(encoder.encode(form.newPassword()));
        accounts.save(account);
        signedIn.endAllOtherThan(account.username(), session.getId());
        boolean firstSignIn = session.getAttribute(LoginHandlers.MUST_CHANGE_PASSWORD) != null;
        session.removeAttribute(LoginHandlers.MUST_CHANGE_PASSWORD);
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:" + (firstSignIn ? pageAskedForBeforeSignIn(request, response) : "/");
    }

    /**
     * The page that sent a first sign-in to the sign-in form, such as the check-in a trainee's phone scanned on the
     * first evening: the sign-in went to this form instead, and without this the scan would be lost for "/".
     */
    private String pageAskedForBeforeSignIn(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest asked = requestCache.getRequest(request, response);
        if (asked == null) {
            return "/";
        }
        requestCache.removeRequest(request, response);
        // Spring Security marks the address it saved with a "continue" parameter for its own filter, which is done
        // with it here.
        return asked.getRedirectUrl().replaceFirst("[?&]continue$", "");
    }
}
