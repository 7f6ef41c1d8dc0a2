package org.cadretraining.report.archive;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadretraining.attendance.AttendanceRecords;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.attendance.ItemAttendance;
import org.cadretraining.report.archive.CourseArchive.ItemTally;
import org.cadretraining.report.archive.CourseArchive.Member;
import org.cadretraining.report.archive.CourseArchive.ProgrammeItem;
import org.cadretraining.report.archive.CourseArchive.TraineeAttendance;
import org.cadretraining.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Attendance at every item, as the attendance module reckons it (its thresholds, leave and the organiser's decisions):
 * counted per item, and laid out per trainee in the order of the programme.
 */
@Component
class ArchiveAttendance {

    /** Both views of one course's attendance. */
    record Sheet(List<ItemTally> tallies, List<TraineeAttendance> trainees) {}

    private final AttendanceRecords records;

    ArchiveAttendance(AttendanceRecords records) {
        this.records = records;
    }

    Sheet of(long courseId, List<ProgrammeItem> programme, List<Member> roster) {
        Map<Long, Map<Long, AttendanceStatus>> byItem = new HashMap<>();
        Map<Long, Boolean> seen = new LinkedHashMap<>();
        for (ItemAttendance row : records.ofCourse(courseId)) {
            byItem.computeIfAbsent(row.itemId(), k -> new HashMap<>()).put(row.cadreId(), row.status());
            seen.put(row.cadreId(), true);
        }
        List<ItemTally> tallies = new ArrayList<>();
        for (ProgrammeItem item : programme) {
            Map<AttendanceStatus, Long> counts = new EnumMap<>(AttendanceStatus.class);
            byItem.getOrDefault(item.id(), Map.of()).values().forEach(status -> counts.merge(status, 1L, Long::sum));
            tallies.add(new ItemTally(item, counts));
        }
        List<TraineeAttendance> trainees = new ArrayList<>();
        Map<Long, LocalizedText> names = new LinkedHashMap<>();
        roster.forEach(member -> names.put(member.cadreId(), member.name()));
        for (Map.Entry<Long, LocalizedText> member : names.entrySet()) {
            if (!seen.containsKey(member.getKey())) {
                continue; // staff and others of whom attendance expects nothing
            }
            List<AttendanceStatus> statuses = new ArrayList<>();
            for (ProgrammeItem item : programme) {
                statuses.add(byItem.getOrDefault(item.id(), Map.of()).get(member.getKey()));
            }
            trainees.add(new TraineeAttendance(member.getKey(), member.getValue(), statuses));
        }
        return new Sheet(tallies, trainees);
    }
}
