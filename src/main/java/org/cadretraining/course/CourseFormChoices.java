package org.cadretraining.course;

import java.util.List;
import org.cadretraining.course.site.Sites;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.Ranks;
import org.cadretraining.organisation.UnitKind;
import org.cadretraining.organisation.UnitNode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the course form offers to choose from. Organisers and co-organisers may be any active unit of the tree, the
 * institution's own or an external one (a provincial department that runs a course jointly is entered as an
 * external institution); the host is an external institution.
 */
@Component
class CourseFormChoices {

    private final OrganisationDirectory directory;
    private final Ranks ranks;
    private final Sites sites;

    CourseFormChoices(OrganisationDirectory directory, Ranks ranks, Sites sites) {
        this.directory = directory;
        this.ranks = ranks;
        this.sites = sites;
    }

    void addTo(Model model) {
        List<UnitNode> units = directory.allUnits();
        model.addAttribute("organisers", units.stream().filter(UnitNode::active).toList());
        model.addAttribute(
                "hosts",
                units.stream()
                        .filter(unit -> unit.kind() == UnitKind.EXTERNAL_INSTITUTION)
                        .toList());
        model.addAttribute("units", units);
        model.addAttribute("ranks", ranks.all());
        model.addAttribute("sites", sites.choices());
        model.addAttribute("categories", TrainingCategory.values());
        model.addAttribute("trainingForms", TrainingForm.values());
    }
}
