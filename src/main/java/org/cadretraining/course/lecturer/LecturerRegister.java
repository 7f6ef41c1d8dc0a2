package org.cadretraining.course.lecturer;

import java.util.ArrayList;
import java.util.List;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.OrganisationDirectory.CadreSummary;
import org.cadretraining.organisation.PageOf;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.cadretraining.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the lecturer register (师资库). People who plan or run courses may look lecturers up; organisers change
 * the register. An internal lecturer is linked to exactly one cadre.
 */
@Service
class LecturerRegister {

    private final LecturerRepository lecturers;
    private final OrganisationDirectory directory;
    private final JdbcClient jdbc;

    LecturerRegister(LecturerRepository lecturers, OrganisationDirectory directory, JdbcClient jdbc) {
        this.lecturers = lecturers;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    @Transactional
    Lecturer create(LecturerForm form, CurrentUser user) {
        requireEditor(user);
        return lecturers.save(Lecturer.register(details(form, null)));
    }

    @Transactional
    Lecturer update(long id, LecturerForm form, CurrentUser user) {
        requireEditor(user);
        Lecturer lecturer = find(id);
        lecturer.describe(details(form, id));
        return lecturers.save(lecturer);
    }

    @Transactional(readOnly = true)
    Lecturer get(long id, CurrentUser user) {
        requireReader(user);
        return find(id);
    }

    /** The staff number of an internal lecturer's cadre record, or blank for an external lecturer. */
    @Transactional(readOnly = true)
    String staffNumberOf(LecturerSummary lecturer) {
        if (lecturer.cadreId() == null) {
            return "";
        }
        return directory
                .cadre(lecturer.cadreId())
                .map(CadreSummary::staffNumber)
                .orElse("");
    }

    @Transactional(readOnly = true)
    PageOf<LecturerSummary> search(LecturerCriteria criteria, CurrentUser user) {
        requireReader(user);
        List<Object> params = new ArrayList<>();
        String where = "";
        if (!criteria.q().isEmpty()) {
            where =
                    " where (name ilike ? or name_en ilike ? or affiliation ilike ? or topics ilike ? or title ilike ?)";
            String pattern =
                    "%" + criteria.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            for (int i = 0; i < 5; i++) {
                params.add(pattern);
            }
        }
        long total = jdbc.sql("select count(*) from lecturer" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(criteria.size());
        pageParams.add((long) criteria.page() * criteria.size());
        List<LecturerSummary> rows = jdbc.sql(
                        "select * from lecturer" + where + " order by active desc, name, id limit ? offset ?")
                .params(pageParams)
                .query((rs, n) -> new LecturerSummary(
                        rs.getLong("id"),
                        rs.getObject("cadre_id", Long.class),
                        new LocalizedText(rs.getString("name"), rs.getString("name_en")),
                        new LocalizedText(rs.getString("affiliation"), rs.getString("affiliation_en")),
                        new LocalizedText(rs.getString("title"), rs.getString("title_en")),
                        rs.getString("topics"),
                        // contact details are for those who plan courses
                        user.actsForInstitution() ? rs.getString("contact") : "",
                        rs.getBoolean("active")))
                .list();
        return new PageOf<>(rows, criteria.page(), criteria.size(), total);
    }

    private LecturerDetails details(LecturerForm form, Long id) {
        if (!form.internal()) {
            if (form.name() == null || form.name().isBlank()) {
                throw DomainException.invalid("name", "course.lecturer.name.required");
            }
            return form.toDetails(null, "", "");
        }
        long cadreId = directory
                .cadreIdByStaffNumber(form.cadreStaffNumber())
                .orElseThrow(() -> DomainException.invalid(
                        "cadreStaffNumber", "course.lecturer.cadre.notFound", form.cadreStaffNumber()));
        lecturers.findByCadreId(cadreId).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw DomainException.conflict(
                    "cadreStaffNumber",
                    "course.lecturer.cadre.taken",
                    other.summary().name());
        });
        CadreSummary cadre = directory.cadre(cadreId).orElseThrow();
        String unitName = directory.allUnits().stream()
                .filter(unit -> unit.id() == cadre.unitId())
                .map(UnitNode::name)
                .map(name -> name.zh())
                .findFirst()
                .orElse("");
        return form.toDetails(cadreId, cadre.name(), unitName);
    }

    private Lecturer find(long id) {
        return lecturers.findById(id).orElseThrow(() -> DomainException.notFound("course.lecturer.notFound"));
    }

    static boolean mayRead(CurrentUser user) {
        return user.actsForInstitution()
                || user.has(Role.CLASS_TEACHER)
                || user.has(Role.UNIT_LIAISON)
                || user.has(Role.LECTURER);
    }

    static void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw DomainException.forbidden();
        }
    }

    static void requireEditor(CurrentUser user) {
        if (!user.actsForInstitution()) {
            throw DomainException.forbidden();
        }
    }
}
