package org.cadretraining.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@ApiController("/api/v1")
@Tag(name = "Course roles and study groups", description = "Who does what in a course, and its study groups (分组)")
class CourseRolesApiController {

    record RoleRequest(
            @NotNull(message = "{enrolment.role.required}") CourseRole role) {}

    record GroupRequest(String name) {}

    record MembershipRequest(Long groupId) {}

    record CohortRequest(
            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "the number (from 1) of the course's cohort; null: throughout the course")
            Integer cohort) {}

    private final EnrolmentStore store;
    private final CourseRoles roles;
    private final StudyGroups groups;
    private final CourseCohorts cohorts;
    private final Roster roster;

    CourseRolesApiController(
            EnrolmentStore store, CourseRoles roles, StudyGroups groups, CourseCohorts cohorts, Roster roster) {
        this.cohorts = cohorts;
        this.store = store;
        this.roles = roles;
        this.groups = groups;
        this.roster = roster;
    }

    @PutMapping("/enrolments/{id}/role")
    @Operation(
            summary = "Give a place another course role (organisers); a role that frees a place promotes from the "
                    + "waiting list, one that takes a place needs a free one")
    Roster.Entry changeRole(@PathVariable long id, @Valid @RequestBody RoleRequest request) {
        return roster.entry(roles.change(id, request.role(), CurrentUser.get()));
    }

    @GetMapping("/courses/{courseId}/study-groups")
    @Operation(summary = "A course's study groups with their members (organisers)")
    List<Roster.Group> studyGroups(@PathVariable long courseId) {
        EnrolmentRights.requireOrganiser(CurrentUser.get());
        store.course(courseId);
        return roster.groups(courseId);
    }

    @PostMapping("/courses/{courseId}/study-groups")
    @Operation(summary = "Add a study group to a course (organisers); names are unique within the course")
    ResponseEntity<Roster.Group> addStudyGroup(@PathVariable long courseId, @RequestBody GroupRequest request) {
        long id = groups.create(courseId, request.name(), CurrentUser.get());
        Roster.Group group = roster.groups(courseId).stream()
                .filter(g -> g.id() == id)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/courses/" + courseId + "/study-groups"))
                .body(group);
    }

    @PutMapping("/enrolments/{id}/cohort")
    @Operation(summary = "Put a place into a cohort (期/批次) of its course, or into none with a null cohort (organisers)")
    Roster.Entry assignCohort(@PathVariable long id, @RequestBody CohortRequest request) {
        cohorts.assign(id, request.cohort(), CurrentUser.get());
        return roster.entry(store.find(id));
    }

    @PutMapping("/enrolments/{id}/study-group")
    @Operation(summary = "Put a place into a study group of its course, or into none with a null groupId (organisers)")
    Roster.Entry assignStudyGroup(@PathVariable long id, @RequestBody MembershipRequest request) {
        groups.assign(id, request.groupId(), CurrentUser.get());
        return roster.entry(store.find(id));
    }
}
