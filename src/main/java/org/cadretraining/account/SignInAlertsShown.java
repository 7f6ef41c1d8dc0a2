package org.cadretraining.account;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The administrators' accounts pages show which accounts saw many failed sign-ins lately. */
@ControllerAdvice(assignableTypes = AccountAdminController.class)
class SignInAlertsShown {

    private final SignInAlerts alerts;

    SignInAlertsShown(SignInAlerts alerts) {
        this.alerts = alerts;
    }

    @ModelAttribute("signInAlerts")
    List<SignInAlerts.Alert> signInAlerts() {
        return alerts.recent();
    }
}
