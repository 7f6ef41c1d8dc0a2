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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/v1/units")
@Tag(name = "Units", description = "The unit tree, within the caller's scope")
class UnitApiController {

    record UnitResource(long id, String code, String path, UnitDetails details) {}

    private final UnitRegister register;

    UnitApiController(UnitRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(summary = "Units in tree order with their depth, optionally only those whose name or code contains q")
    PageOf<UnitNode> list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        String wanted = q.strip().toLowerCase();
        List<UnitNode> matching = register.tree(CurrentUser.get()).stream()
                .filter(u -> wanted.isEmpty()
                        || u.code().toLowerCase().contains(wanted)
                        || u.name().zh().contains(wanted)
                        || u.name().en().toLowerCase().contains(wanted))
                .toList();
        int pageSize = Math.clamp(size, 1, 1000);
        int from = Math.min(Math.max(page, 0) * pageSize, matching.size());
        int to = Math.min(from + pageSize, matching.size());
        return new PageOf<>(matching.subList(from, to), Math.max(page, 0), pageSize, matching.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit")
    UnitResource get(@PathVariable long id) {
        return resource(register.get(id, CurrentUser.get()));
    }

    @PostMapping
    @Operation(summary = "Add a unit (administrators and organisers)")
    ResponseEntity<UnitResource> create(@Valid @RequestBody UnitForm form) {
        Unit unit = register.create(form.toDetails(), CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id()))
                .body(resource(register.get(unit.id(), CurrentUser.get())));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename, re-classify, move or deactivate a unit (administrators and organisers)")
    UnitResource update(@PathVariable long id, @Valid @RequestBody UnitForm form) {
        register.update(id, form.toDetails(), CurrentUser.get());
        return resource(register.get(id, CurrentUser.get()));
    }

    private static UnitResource resource(Unit unit) {
        return new UnitResource(
                unit.id(),
                unit.code(),
                unit.path(),
                new UnitDetails(unit.code(), unit.name(), unit.kind(), unit.parentId(), unit.active()));
    }
}
