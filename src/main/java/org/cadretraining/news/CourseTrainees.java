package org.cadretraining.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.enrolment.ClassMember;
import org.cadretraining.enrolment.ClassMembers;
import org.cadretraining.enrolment.CourseRole;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * A course's trainees as the editor picks whom a report names: the team leader first (always named, and never
 * counted among the trainees), then those suggested (group leaders, members of the Party committee), then the rest.
 */
@Component
class CourseTrainees {

    /** A trainee of the course; {@code suggested} are named unless the editor says otherwise. */
    record Trainee(
            long cadreId,
            String name,
            String nameEn,
            LocalizedText unit,
            LocalizedText position,
            CourseRole role,
            boolean teamLeader,
            boolean suggested) {}

    private final ClassMembers members;
    private final OrganisationDirectory directory;

    CourseTrainees(ClassMembers members, OrganisationDirectory directory) {
        this.members = members;
        this.directory = directory;
    }

    List<Trainee> of(long courseId) {
        List<ClassMember> list = members.classList(courseId).stream()
                .filter(ClassMember::trainee)
                .toList();
        Map<Long, CadreSummary> cadres =
                directory.cadres(list.stream().map(ClassMember::cadreId).toList());
        List<Trainee> trainees = new ArrayList<>();
        for (ClassMember m : list) {
            CadreSummary cadre = cadres.get(m.cadreId());
            String nameEn = cadre == null ? m.nameEn() : cadre.nameEn();
            boolean leader = m.role() == CourseRole.TEAM_LEADER;
            trainees.add(new Trainee(
                    m.cadreId(),
                    m.name(),
                    nameEn,
                    m.unit(),
                    m.position(),
                    m.role(),
                    leader,
                    leader || m.role() == CourseRole.GROUP_LEADER || leadingBody(m.position())));
        }
        trainees.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return trainees;
    }

    private static int rank(Trainee trainee) {
        return trainee.teamLeader() ? 0 : trainee.suggested() ? 1 : 2;
    }

    /** A member of the Party committee: the people a report on a cadre course usually names. */
    private static boolean leadingBody(LocalizedText position) {
        return position.zh().contains("党委委员")
                || position.en().toLowerCase(Locale.ROOT).contains("member of the party committee");
    }
}
