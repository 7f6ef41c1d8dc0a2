package org.cadretraining.credit.superior;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.credit.CreditScope;
import org.cadretraining.credit.CreditUnits;
import org.cadretraining.credit.Evidence;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.importing.SheetFiles;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a superior body's (or another institution's) course with its attendees: a preview, then the record. */
@Controller
class SuperiorCourseController {

    private final SuperiorCourses courses;
    private final SuperiorCourseRecords records;
    private final CreditUnits units;
    private final CreditScope scope;
    private final OrganisationDirectory directory;
    private final SheetFiles files;

    SuperiorCourseController(
            SuperiorCourses courses,
            SuperiorCourseRecords records,
            CreditUnits units,
            CreditScope scope,
            OrganisationDirectory directory,
            SheetFiles files) {
        this.courses = courses;
        this.records = records;
        this.units = units;
        this.scope = scope;
        this.directory = directory;
        this.files = files;
    }

    @GetMapping("/credit/superior")
    String list(@RequestParam(required = false) Long unitId, Model model) {
        SuperiorCourseForm form = new SuperiorCourseForm();
        form.setUnitId(unitId);
        return page(model, form, null);
    }

    @PostMapping("/credit/superior")
    String submit(
            @Valid @ModelAttribute("course") SuperiorCourseForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "preview") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        CurrentUser user = CurrentUser.get();
        courses.subtreeOf(user);
        form.check(errors);
        AttendeeList attendees = null;
        try {
            attendees = courses.attendees(form.getPicked(), given(form), user);
        } catch (DomainException refusal) {
            FormErrors.reject(errors, refusal);
        }
        if (attendees != null && !attendees.isGood()) {
            errors.rejectValue("pasted", "credit.superior.attendeesRequired");
        }
        if ("record".equals(action) && !errors.hasErrors()) {
            try {
                long id = courses.record(
                        new SuperiorCourses.Facts(
                                form.getKind(),
                                form.getTitle(),
                                form.getProvider(),
                                form.getStartsOn(),
                                form.getEndsOn(),
                                CreditHours.of(form.getHours())),
                        form.getEvidence() == null ? null : form.getEvidence().getOriginalFilename(),
                        form.getEvidence() == null ? null : form.getEvidence().getBytes(),
                        attendees.found().stream().map(Attendee::cadreId).toList(),
                        user);
                redirect.addFlashAttribute("notice", "credit.superior.saved");
                return "redirect:/credit/superior/" + id;
            } catch (DomainException refusal) {
                FormErrors.reject(errors, refusal);
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(400);
        }
        // the attendees found so far stay picked, so that the organiser attaches the evidence and records
        if (attendees != null) {
            form.setPicked(attendees.found().stream().map(Attendee::cadreId).toList());
            form.setPasted("");
        }
        return page(model, form, attendees);
    }

    @GetMapping("/credit/superior/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("course", records.get(id, user));
        model.addAttribute("attendees", records.attendeesOf(id, user));
        return "credit/superior-course";
    }

    @GetMapping("/credit/superior/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        Evidence evidence = records.evidence(id, CurrentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(evidence.name(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(evidence.content());
    }

    /** The pasted lines and the rows of an attendee file, each labelled with where it came from. */
    private Map<String, String> given(SuperiorCourseForm form) throws IOException {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> lines = form.pastedLines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                given.put("line:" + (i + 1), lines.get(i));
            }
        }
        var file = form.getAttendeeFile();
        if (file != null && !file.isEmpty()) {
            Path temp = Files.createTempFile("attendees-", ".upload");
            try {
                file.transferTo(temp);
                files.read(file.getOriginalFilename(), temp, row -> {
                    String first = row.cell(0).strip();
                    if (row.number() > 1 && !first.isEmpty()) {
                        given.put("row:" + row.number(), first);
                    }
                });
            } catch (DomainException refusal) {
                throw DomainException.invalid("attendeeFile", refusal.messageKey(), refusal.arguments());
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return given;
    }

    private String page(Model model, SuperiorCourseForm form, AttendeeList attendees) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("course", form);
        model.addAttribute("kinds", SuperiorKind.values());
        model.addAttribute("units", units.inScope(user));
        model.addAttribute("attendees", attendees);
        model.addAttribute("courses", records.recent(user));
        if (form.getUnitId() != null) {
            scope.reportPath(form.getUnitId(), user);
            model.addAttribute("unitCadres", directory.cadresWithinUnit(form.getUnitId()));
        } else {
            model.addAttribute("unitCadres", List.of());
        }
        model.addAttribute("pickedCadres", attendees == null ? List.of() : attendees.found());
        return "credit/superior";
    }
}
