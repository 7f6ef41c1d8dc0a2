package org.cadretraining.course;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.Rank;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** Who runs a course and who it is for, with the names of the units and ranks, as the course page shows them. */
@Component
class CourseWhoView {

    /** The facts with names; a name is in both languages, as the unit tree or the rank list holds it. */
    record Who(
            List<LocalizedText> organisers,
            List<LocalizedText> coOrganisers,
            Contact contact,
            TrainingForm trainingForm,
            List<LocalizedText> ranks,
            List<String> cadreCategories,
            List<LocalizedText> units,
            LocalizedText audienceLine,
            List<Cohort> cohorts,
            LocalizedText notes) {

        public boolean audienceGiven() {
            return !ranks.isEmpty()
                    || !cadreCategories.isEmpty()
                    || !units.isEmpty()
                    || !audienceLine.zh().isEmpty()
                    || !audienceLine.en().isEmpty();
        }

        public boolean notesGiven() {
            return !notes.zh().isEmpty() || !notes.en().isEmpty();
        }
    }

    private final OrganisationDirectory directory;
    private final Ranks rankList;

    CourseWhoView(OrganisationDirectory directory, Ranks rankList) {
        this.directory = directory;
        this.rankList = rankList;
    }

    Who of(Course course) {
        Map<Long, LocalizedText> units =
                directory.allUnits().stream().collect(Collectors.toMap(UnitNode::id, UnitNode::name));
        Map<String, LocalizedText> ranks =
                rankList.all().stream().collect(Collectors.toMap(Rank::code, Rank::name, (a, b) -> a));
        Audience audience = course.who().audience();
        return new Who(
                names(course.who().organiserUnitIds(), units::get),
                names(course.who().coOrganiserUnitIds(), units::get),
                course.who().contact(),
                course.who().trainingForm(),
                names(audience.rankCodes(), ranks::get),
                audience.cadreCategories(),
                names(audience.unitIds(), units::get),
                audience.line(),
                course.who().cohorts(),
                course.who().notes());
    }

    private static <K> List<LocalizedText> names(List<K> keys, Function<K, LocalizedText> name) {
        return keys.stream().map(name).filter(Objects::nonNull).toList();
    }
}
