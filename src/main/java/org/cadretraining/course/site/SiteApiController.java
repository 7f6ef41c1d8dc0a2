package org.cadretraining.course.site;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/sites")
@Tag(name = "Sites", description = "The register of training and field-study sites")
class SiteApiController {

    private final SiteRegister register;

    SiteApiController(SiteRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Find sites by part of a name or address and by kind, one page at a time")
    PageOf<SiteSummary> list(@ModelAttribute SiteCriteria criteria) {
        return register.search(criteria);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One site")
    SiteSummary get(@PathVariable long id) {
        return register.get(id).summary();
    }

    @PostMapping
    @Operation(summary = "Register a site (administrators and organisers)")
    ResponseEntity<SiteSummary> create(@Valid @RequestBody SiteForm form) {
        Site site = register.create(form.toDetails(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/sites/" + site.id())).body(site.summary());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a site (administrators and organisers)")
    SiteSummary update(@PathVariable long id, @Valid @RequestBody SiteForm form) {
        return register.update(id, form.toDetails(), CurrentUser.get()).summary();
    }
}
