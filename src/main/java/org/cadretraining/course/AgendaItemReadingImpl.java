package org.cadretraining.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads agenda items as Spring Data JDBC would, but with two queries for the whole agenda: the items, then all their
 * further speakers. Loaded one by one, each item cost one more query for its speakers, and a check-in burst read the
 * agenda of 120 items again and again. The rows become aggregates through Spring Data's own converter, so the
 * mapping stays the one the annotations on {@link AgendaItem} declare.
 */
class AgendaItemReadingImpl implements AgendaItemReading {

    private static final String ORDER = " order by day, starts_at, ends_at, id";
    /** Where Spring Data's converter looks for {@code AgendaItem.furtherSpeakers}: the name its naming gives. */
    private static final String FURTHER_SPEAKERS = "further_speakers";

    private final JdbcClient jdbc;
    private final JdbcConverter converter;

    AgendaItemReadingImpl(JdbcClient jdbc, JdbcConverter converter) {
        this.jdbc = jdbc;
        this.converter = converter;
    }

    @Override
    public List<AgendaItem> findByCourse(long courseId) {
        return read(jdbc.sql("select * from agenda_item where course_id = ?" + ORDER)
                .param(courseId)
                .query()
                .listOfRows());
    }

    @Override
    public List<AgendaItem> findByCourseOnDay(long courseId, LocalDate day) {
        return read(jdbc.sql("select * from agenda_item where course_id = ? and day = ?" + ORDER)
                .params(courseId, day)
                .query()
                .listOfRows());
    }

    private List<AgendaItem> read(List<Map<String, Object>> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RowDocument>> speakers = new HashMap<>();
        Long[] ids =
                items.stream().map(row -> ((Number) row.get("id")).longValue()).toArray(Long[]::new);
        jdbc.sql("select * from agenda_item_speaker where agenda_item = any(?) order by agenda_item, position")
                .param(ids)
                .query()
                .listOfRows()
                .forEach(row -> speakers.computeIfAbsent(id(row, "agenda_item"), id -> new ArrayList<>())
                        .add(new RowDocument(row)));
        List<AgendaItem> read = new ArrayList<>(items.size());
        for (Map<String, Object> row : items) {
            RowDocument document = new RowDocument(row);
            document.put(FURTHER_SPEAKERS, speakers.getOrDefault(id(row, "id"), List.of()));
            read.add(converter.read(AgendaItem.class, document));
        }
        return read;
    }

    private static long id(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
