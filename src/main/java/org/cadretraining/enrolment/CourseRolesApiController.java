package org.cadretraining.enrolment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

@ApiController("/api/v1")
@Tag(name = "Course roles and study groups", description = "Who does what in a course, and its study groups (分组)")
class CourseRolesApiController {

    record RoleRequest(CourseRole role) {}

    record GroupRequest(String name) {}

    record MembershipRequest(Long groupId) {}

    private final EnrolmentStore store;
    private final CourseRoles roles;
    private final StudyGroups groups;
    private final Roster roster;

    CourseRolesApiController(EnrolmentStore store, CourseRoles roles, StudyGroups groups, Roster roster) {
        this.store = store;
        this.roles = roles;
        this.groups = groups;
        this.roster = roster;
    }

    @PutMapping("/enrolments/{id}/role")
    @Operation(
            summary = "Give a place another course role (organisers); a role that frees a place promotes from the "
                    + "waiting list, one that takes a place needs a free one")
    Roster.Entry changeRole(@PathVariable long id, @RequestBody RoleRequest request) {
        if (request.role() == null) {
            throw DomainException.invalid("role", "enrolment.role.required");
        }
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

    @PutMapping("/enrolments/{id}/study-group")
    @Operation(summary = "Put a place into a study group of its course, or into none with a null groupId (organisers)")
    Roster.Entry assignStudyGroup(@PathVariable long id, @RequestBody MembershipRequest request) {
        groups.assign(id, request.groupId(), CurrentUser.get());
        return roster.entry(store.find(id));
    }
}
