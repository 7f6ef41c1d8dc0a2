package org.cadretraining.plan;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The Party committee's approval as the organiser records it; the plan checks both fields. */
class ApprovalForm {

    private String approvingBody = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedOn;

    public String getApprovingBody() {
        return approvingBody;
    }

    public void setApprovingBody(String approvingBody) {
        this.approvingBody = approvingBody;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public void setApprovedOn(LocalDate approvedOn) {
        this.approvedOn = approvedOn;
    }
}
