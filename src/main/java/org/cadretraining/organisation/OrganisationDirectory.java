package org.cadretraining.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cadretraining.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the organisation: units and cadres by their business keys, and registering them
 * on behalf of the system itself (demo data, set-up). Scope checks for people are made by the pages and the API.
 */
@Service
public class OrganisationDirectory {

    /**
     * A cadre as other modules need to show them. {@code nameEn} is their romanised name, blank when not
     * recorded.
     */
    public record CadreSummary(
            long id, String staffNumber, String name, long unitId, LocalizedText position, String nameEn) {

        /** The name to print in the language: the English name in English where there is one. */
        public String nameIn(Locale locale) {
            return new LocalizedText(name, nameEn).in(locale);
        }
    }

    private static final String SUMMARY =
            "select id, staff_number, name, unit_id, position_zh, position_en, name_en from cadre ";

    private final UnitRepository units;
    private final CadreRepository cadres;
    private final Clock clock;
    private final JdbcClient jdbc;

    OrganisationDirectory(UnitRepository units, CadreRepository cadres, Clock clock, JdbcClient jdbc) {
        this.units = units;
        this.cadres = cadres;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Long> unitIdByCode(String code) {
        return units.findByCode(code).map(Unit::id);
    }

    @Transactional(readOnly = true)
    public Optional<Long> cadreIdByStaffNumber(String staffNumber) {
        return cadres.findByStaffNumber(staffNumber).map(Cadre::id);
    }

    @Transactional(readOnly = true)
    public List<UnitNode> allUnits() {
        return UnitRegister.inTreeOrder(units.findAll());
    }

    @Transactional(readOnly = true)
    public Optional<CadreSummary> cadre(long id) {
        return cadres.findById(id).map(OrganisationDirectory::summary);
    }

    /** The cadres of the register among {@code ids}, by id; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, CadreSummary> cadres(Collection<Long> ids) {
        Map<Long, CadreSummary> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        // one query, without the service history the aggregate would load cadre by cadre
        jdbc.sql(SUMMARY + "where id = any(?)")
                .param(ids.stream().distinct().toArray(Long[]::new))
                .query(OrganisationDirectory::summaryRow)
                .list()
                .forEach(cadre -> found.put(cadre.id(), cadre));
        return found;
    }

    /** The active cadres whose Chinese or English name is one of {@code names} (a name may be several people's). */
    @Transactional(readOnly = true)
    public List<CadreSummary> activeCadresNamed(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        String[] wanted = names.stream().distinct().toArray(String[]::new);
        return jdbc.sql(SUMMARY + "where active and (name = any(?) or name_en = any(?)) order by id")
                .params(wanted, wanted)
                .query(OrganisationDirectory::summaryRow)
                .list();
    }

    /** A unit's name in both languages, when there is such a unit. */
    @Transactional(readOnly = true)
    public Optional<LocalizedText> unitName(long unitId) {
        return units.findById(unitId).map(Unit::name);
    }

    /** The cadre's email address, when their record has one. */
    @Transactional(readOnly = true)
    public Optional<String> email(long cadreId) {
        return cadres.findById(cadreId)
                .map(cadre -> cadre.details().email())
                .filter(email -> email != null && !email.isBlank());
    }

    /** Whether the cadre belongs to the unit or to a unit below it (a unit liaison's subtree). */
    @Transactional(readOnly = true)
    public boolean isCadreWithinUnit(long cadreId, long unitId) {
        return jdbc.sql("""
                        select count(*) from cadre c
                        join unit u on u.id = c.unit_id
                        join unit root on root.id = :unitId
                        where c.id = :cadreId and u.path like root.path || '%'
                        """)
                        .param("cadreId", cadreId)
                        .param("unitId", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The active cadres of a unit and of the units below it, by name. */
    @Transactional(readOnly = true)
    public List<CadreSummary> cadresWithinUnit(long unitId) {
        return jdbc.sql("""
                        select c.id from cadre c
                        join unit u on u.id = c.unit_id
                        join unit root on root.id = :unitId
                        where c.active and u.path like root.path || '%'
                        order by c.name, c.id
                        """).param("unitId", unitId).query(Long.class).list().stream()
                .map(id ->
                        cadres.findById(id).map(OrganisationDirectory::summary).orElseThrow())
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return units.count() == 0;
    }

    @Transactional
    public long registerUnit(UnitDetails details) {
        return units.save(Unit.create(details.code(), details.name(), details.kind(), details.parentId()))
                .id();
    }

    @Transactional
    public long registerCadre(CadreDetails details) {
        return cadres.save(Cadre.create(details, LocalDate.now(clock), clock.instant(), "system"))
                .id();
    }

    private static CadreSummary summaryRow(ResultSet rs, int row) throws SQLException {
        return new CadreSummary(
                rs.getLong("id"),
                rs.getString("staff_number"),
                rs.getString("name"),
                rs.getLong("unit_id"),
                new LocalizedText(rs.getString("position_zh"), rs.getString("position_en")),
                rs.getString("name_en"));
    }

    private static CadreSummary summary(Cadre cadre) {
        CadreDetails d = cadre.details();
        return new CadreSummary(
                cadre.id(),
                d.staffNumber(),
                d.name(),
                d.unitId(),
                new LocalizedText(d.positionZh(), d.positionEn()),
                d.nameEn());
    }
}
