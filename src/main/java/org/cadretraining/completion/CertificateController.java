package org.cadretraining.completion;

import org.cadretraining.completion.Certificates.Certificate;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A certificate's PDF for its holder and those who may see their records, and its public verification page, which
 * anyone holding the code (from the QR code) may open without signing in.
 */
@Controller
class CertificateController {

    private final Certificates certificates;
    private final CertificateDocuments documents;
    private final CompletionRights rights;
    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;

    CertificateController(
            Certificates certificates,
            CertificateDocuments documents,
            CompletionRights rights,
            CourseCatalog catalog,
            OrganisationDirectory directory) {
        this.certificates = certificates;
        this.documents = documents;
        this.rights = rights;
        this.catalog = catalog;
        this.directory = directory;
    }

    @GetMapping("/certificates/{certificateId}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long certificateId) {
        Certificate certificate = certificates
                .byId(certificateId)
                .orElseThrow(() -> DomainException.notFound("completion.certificate.notFound"));
        CurrentUser user = CurrentUser.get();
        if (!rights.maySeeCadre(certificate.cadreId(), user) && !rights.seesWholeCourse(certificate.courseId(), user)) {
            throw DomainException.forbidden();
        }
        String url = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/verify/{code}")
                .buildAndExpand(certificate.verificationCode())
                .toUriString();
        byte[] pdf = documents.pdf(certificate, url);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificate-" + certificate.serial() + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @GetMapping("/verify/{code}")
    String verify(
            @PathVariable String code,
            Model model,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        var found = code.length() > 64 ? java.util.Optional.<Certificate>empty() : certificates.byCode(code);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("certificate", null);
            return "completion/verify";
        }
        Certificate certificate = found.get();
        model.addAttribute("certificate", certificate);
        model.addAttribute("course", catalog.course(certificate.courseId()).orElseThrow());
        model.addAttribute(
                "holder",
                directory
                        .cadre(certificate.cadreId())
                        .map(c -> c.nameIn(locale))
                        .orElse(""));
        model.addAttribute("hours", Explanations.plain(certificate.hours()));
        return "completion/verify";
    }
}
