package org.cadretraining.completion;

import java.util.Locale;
import org.cadretraining.completion.Certificates.Certificate;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organiser revokes a certificate from the completion page, with a reason; a refusal is shown next to it. */
@Controller
class CertificateRevokeController {

    private final Certificates certificates;
    private final CompletionRights rights;
    private final MessageSource messages;

    CertificateRevokeController(Certificates certificates, CompletionRights rights, MessageSource messages) {
        this.certificates = certificates;
        this.rights = rights;
        this.messages = messages;
    }

    @PostMapping("/certificates/{certificateId}/revoke")
    String revoke(
            @PathVariable long certificateId,
            @RequestParam(defaultValue = "") String reason,
            Locale locale,
            RedirectAttributes redirect) {
        rights.requireOrganiser(CurrentUser.get());
        Certificate certificate = certificates
                .byId(certificateId)
                .orElseThrow(() -> DomainException.notFound("completion.certificate.notFound"));
        try {
            certificates.revoke(certificateId, reason, CurrentUser.get());
        } catch (DomainException refusal) {
            if (refusal.kind() == DomainException.Kind.FORBIDDEN) {
                throw refusal;
            }
            redirect.addFlashAttribute("revokeRefusedFor", certificateId);
            redirect.addFlashAttribute(
                    "revokeRefusal", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            redirect.addFlashAttribute("revokeReason", reason);
            return "redirect:/courses/" + certificate.courseId() + "/completion";
        }
        redirect.addFlashAttribute("notice", "completion.revoke.done");
        return "redirect:/courses/" + certificate.courseId() + "/completion";
    }
}
