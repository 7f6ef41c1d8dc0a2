package org.cadretraining.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1/cadres")
@Tag(name = "Cadres", description = "Cadres of the organisation, within the caller's scope")
class CadreApiController {

    record CadreResource(long id, CadreDetails details, List<CadreHistoryView.Period> history) {}

    private final CadreSearch search;
    private final CadreRegister register;
    private final Access access;
    private final CadreHistoryView history;

    CadreApiController(CadreSearch search, CadreRegister register, Access access, CadreHistoryView history) {
        this.search = search;
        this.register = register;
        this.access = access;
        this.history = history;
    }

    @GetMapping
    @Operation(
            summary =
                    "Find cadres by part of a Chinese or English name or a staff number, unit subtree, rank and status; sorted and paged")
    PageOf<CadreRow> list(@ModelAttribute CadreCriteria criteria) {
        return search.search(criteria, access.directoryScope(CurrentUser.get()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One cadre with their service history")
    CadreResource get(@PathVariable long id) {
        return resource(register.get(id, CurrentUser.get()));
    }

    @PostMapping
    @Operation(summary = "Register a cadre")
    ResponseEntity<CadreResource> create(@Valid @RequestBody CadreForm form) {
        Cadre cadre = register.create(form.toDetails(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/cadres/" + cadre.id()))
                .body(resource(cadre));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a cadre; a new unit, position or rank starts a new period of service")
    CadreResource update(@PathVariable long id, @Valid @RequestBody CadreForm form) {
        return resource(register.update(id, form.toDetails(), CurrentUser.get()));
    }

    private CadreResource resource(Cadre cadre) {
        CadreHistoryView.CadreView view = history.describe(cadre);
        return new CadreResource(view.id(), view.details(), view.history());
    }
}
