package org.cadretraining.course;

import static org.cadretraining.course.RealCourseText.han;
import static org.cadretraining.course.RealCourseText.localized;
import static org.cadretraining.course.RealCourseText.plain;
import static org.cadretraining.course.RealCourseText.text;

import java.util.HashMap;
import java.util.Map;
import org.cadretraining.course.lecturer.LecturerDetails;
import org.cadretraining.course.lecturer.Lecturers;

/**
 * People as a report gives them: a named person in the lecturer register, once per course, with their position
 * in the register's half for its language (without the file's remark); anyone the report does not name is a line of
 * text, no lecturer.
 */
final class RealCoursePeople implements RealCourseAgenda.People {

    private final Lecturers register;
    private final Map<String, Long> lecturers = new HashMap<>();

    RealCoursePeople(Lecturers register) {
        this.register = register;
    }

    @Override
    public Speaker speaker(Map<String, Object> person) {
        return presider(person).about(localized(text(person.get("topic"))));
    }

    @Override
    public Speaker presider(Map<String, Object> person) {
        String name = text(person.get("name"));
        String position = text(person.get("position"));
        if (!RealCourseRecords.named(person)) {
            // an unnamed speaker ("10 experts (not named)") is no lecturer: the item says who they were
            return Speaker.named(position.isEmpty() ? name : name + "; " + position);
        }
        return Speaker.lecturer(lecturers.computeIfAbsent(name, n -> register(name, position)));
    }

    private long register(String name, String position) {
        String title = RealCourseNotes.notGiven(position) ? "" : plain(position);
        boolean chinese = han(title);
        return register.register(new LecturerDetails(
                null, name, han(name) ? "" : name, "", "", chinese ? title : "", chinese ? "" : title, "", "", true));
    }
}
