package org.cadretraining.enrolment;

import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Study groups (分组) of a course and who is in which. */
@Service
class StudyGroups {

    /**
     * A course's groups (id, name), in the order the organiser made them: names such as 第二组 and 第三组 sort wrongly
     * by code point. Every list of a course's groups reads them so.
     */
    static final String IN_ORDER_MADE = "select id, name from study_group where course_id = ? order by id";

    /** As long as a group's name may be (the column's size). */
    static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final EnrolmentStore store;

    StudyGroups(JdbcClient jdbc, EnrolmentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Transactional
    long create(long courseId, String name, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        store.course(courseId);
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("name", "enrolment.group.nameRequired");
        }
        if (name.strip().length() > MAX_NAME) {
            throw DomainException.invalid("name", "enrolment.group.nameTooLong", MAX_NAME);
        }
        boolean taken = jdbc.sql("select count(*) from study_group where course_id = ? and name = ?")
                        .params(courseId, name.strip())
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw DomainException.invalid("name", "enrolment.group.nameTaken");
        }
        return jdbc.sql("insert into study_group (course_id, name) values (?, ?) returning id")
                .params(courseId, name.strip())
                .query(Long.class)
                .single();
    }

    /** Puts a participant into a group of their course, out of any other group; no group takes them out. */
    @Transactional
    void assign(long enrolmentId, Long groupId, CurrentUser user) {
        EnrolmentRights.requireOrganiser(user);
        Enrolment enrolment = store.find(enrolmentId);
        jdbc.sql("delete from study_group_member where enrolment_id = ?")
                .param(enrolmentId)
                .update();
        if (groupId == null) {
            return;
        }
        boolean ofCourse = jdbc.sql("select count(*) from study_group where id = ? and course_id = ?")
                        .params(groupId, enrolment.courseId())
                        .query(Long.class)
                        .single()
                > 0;
        if (!ofCourse) {
            throw DomainException.invalid("groupId", "enrolment.group.unknown");
        }
        jdbc.sql("insert into study_group_member (group_id, enrolment_id) values (?, ?)")
                .params(groupId, enrolmentId)
                .update();
    }
}
