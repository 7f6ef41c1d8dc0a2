package org.cadretraining.course.lecturer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lecturer register as agendas and demo data use it. */
@Service
public class Lecturers {

    private final LecturerRepository lecturers;

    Lecturers(LecturerRepository lecturers) {
        this.lecturers = lecturers;
    }

    @Transactional(readOnly = true)
    public Optional<LecturerSummary> find(long id) {
        return lecturers.findById(id).map(Lecturer::summary);
    }

    @Transactional(readOnly = true)
    public Map<Long, LecturerSummary> byIds(Collection<Long> ids) {
        return lecturers.findAllById(ids).stream()
                .map(Lecturer::summary)
                .collect(Collectors.toMap(LecturerSummary::id, Function.identity()));
    }

    /** Active lecturers by name, to choose from in a form. */
    @Transactional(readOnly = true)
    public List<LecturerSummary> choices() {
        return lecturers.findAll().stream()
                .map(Lecturer::summary)
                .filter(LecturerSummary::active)
                .sorted(Comparator.comparing(LecturerSummary::name))
                .toList();
    }

    /** Registers a lecturer on behalf of the system itself (demo data); people go through the pages or API. */
    @Transactional
    public long register(LecturerDetails details) {
        return lecturers.save(Lecturer.register(details)).id();
    }
}
