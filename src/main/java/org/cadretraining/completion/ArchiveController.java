package org.cadretraining.completion;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.completion.Certificates.Certificate;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.credit.CreditLedger;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.documents.PdfDocuments;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.CreditHours;
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

/**
 * Each cadre's archive (一人一档): every course of theirs that was decided, with completion, 学时, reasons and
 * certificates, as a page and a PDF. Seen by the cadre, the organiser and administrator, and the liaison of a unit
 * above them. Training elsewhere (external and online, as confirmed into the ledger) and the totals per year come
 * from the credit module's ledger.
 */
@Controller
class ArchiveController {

    /** One course in the archive. */
    record Entry(CourseSummary course, CompletionBook.Recorded decision, Certificate certificate) {}

    private final CompletionBook book;
    private final Certificates certificates;
    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;
    private final CompletionRights rights;
    private final PdfDocuments pdfs;
    private final CreditLedger ledger;
    private final Clock clock;

    ArchiveController(
            CompletionBook book,
            Certificates certificates,
            CourseCatalog catalog,
            OrganisationDirectory directory,
            CompletionRights rights,
            PdfDocuments pdfs,
            CreditLedger ledger,
            Clock clock) {
        this.ledger = ledger;
        this.book = book;
        this.certificates = certificates;
        this.catalog = catalog;
        this.directory = directory;
        this.rights = rights;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    @GetMapping("/cadres/{cadreId}/archive")
    String page(@PathVariable long cadreId, Model model) {
        model.addAllAttributes(archive(cadreId));
        // each course's archive (一班一档, report module) opens to those who run courses; of the readers of a cadre's
        // archive, that is the institution's organisers
        model.addAttribute("courseArchives", CurrentUser.get().actsForInstitution());
        return "completion/archive";
    }

    @GetMapping("/cadres/{cadreId}/archive.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long cadreId, Locale locale) {
        Map<String, Object> model = archive(cadreId);
        model.put("generatedAt", LocalDateTime.now(clock).withNano(0).toString().replace('T', ' '));
        byte[] pdf = pdfs.render("completion/archive-pdf", locale, model);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("archive-" + cadreId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private Map<String, Object> archive(long cadreId) {
        rights.requireMaySeeCadre(cadreId, CurrentUser.get());
        CadreSummary cadre =
                directory.cadre(cadreId).orElseThrow(() -> DomainException.notFound("completion.course.notFound"));
        Map<Long, Certificate> issued = certificates.ofCadre(cadreId).stream()
                .collect(Collectors.toMap(Certificate::courseId, Function.identity()));
        List<Entry> entries = book.ofCadre(cadreId).stream()
                .flatMap(decision -> catalog.course(decision.courseId()).stream()
                        .map(course -> new Entry(course, decision, issued.get(course.id()))))
                .sorted((a, b) -> b.course().startsOn().compareTo(a.course().startsOn()))
                .toList();
        CreditHours total = entries.stream()
                .filter(e -> e.decision().completed())
                .map(e -> e.decision().credited())
                .reduce(CreditHours.ZERO, CreditHours::plus);
        Map<String, Object> model = new HashMap<>();
        model.put("cadre", cadre);
        model.put("entries", entries);
        model.put("total", total);
        model.put(
                "elsewhere",
                ledger.entriesOf(cadreId).stream()
                        .filter(e -> e.counts() && e.source() != CreditSource.COURSE)
                        .toList());
        model.put("years", ledger.totalsOf(cadreId));
        return model;
    }
}
