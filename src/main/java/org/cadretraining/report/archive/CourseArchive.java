package org.cadretraining.report.archive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cadretraining.attendance.AttendanceStatus;
import org.cadretraining.evaluation.EvaluationFigures.CourseFigures;
import org.cadretraining.shared.LocalizedText;

/**
 * Everything a course leaves behind (一班一档), as read at one moment: its programme and the changes to it, who took
 * part in which role and group, attendance at every item, leave, withdrawals and make-ups, completion with its reasons, the
 * evaluation (only what its threshold of answers lets be shown), reflection reports, certificates, news articles,
 * materials and photos. The page, the API and the PDF all show this one record.
 */
record CourseArchive(
        Header course,
        List<ProgrammeItem> programme,
        List<ScheduleChange> changes,
        List<Member> roster,
        List<ItemTally> attendance,
        List<TraineeAttendance> traineeAttendance,
        List<LeaveRow> leave,
        List<WithdrawalRow> withdrawals,
        List<MakeUpRow> makeUps,
        List<Decision> decisions,
        CourseFigures evaluation,
        List<Reflection> reflections,
        List<CertificateRow> certificates,
        List<ArticleRow> articles,
        List<FileRow> materials,
        List<FileRow> photos,
        LocalDateTime readAt) {

    record Header(
            long id,
            LocalizedText title,
            String status,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal requiredHours,
            LocalizedText organiser,
            LocalizedText venue) {}

    record ProgrammeItem(
            long id,
            LocalDate day,
            LocalTime startsAt,
            LocalTime endsAt,
            String type,
            LocalizedText title,
            LocalizedText site,
            String speakers,
            boolean mandatory,
            BigDecimal hours) {}

    record ScheduleChange(
            int version, String change, LocalizedText before, LocalizedText after, LocalDateTime at, String by) {}

    record Member(long cadreId, LocalizedText name, LocalizedText unit, String role, String status, String group) {}

    /** How many trainees an item expected, and how many of them had each status. */
    record ItemTally(ProgrammeItem item, Map<AttendanceStatus, Long> counts) {

        public long count(String status) {
            return counts.getOrDefault(AttendanceStatus.valueOf(status), 0L);
        }

        public long expected() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One trainee's status at each item of the programme, in its order; null where the item expected them not. */
    record TraineeAttendance(long cadreId, LocalizedText name, List<AttendanceStatus> statuses) {}

    record LeaveRow(
            LocalizedText name,
            String status,
            BigDecimal hours,
            int items,
            String reason,
            LocalDateTime requestedAt,
            String decidedBy,
            String note) {}

    record WithdrawalRow(LocalizedText name, String reason, LocalDateTime at, String by) {}

    /** A make-up (补学) of a mandatory item the trainee missed: how, why, who recorded it and when. */
    record MakeUpRow(LocalizedText name, LocalizedText item, String kind, String reason, LocalDateTime at, String by) {}

    record Decision(
            LocalizedText name,
            boolean completed,
            BigDecimal credited,
            BigDecimal leaveHours,
            List<LocalizedText> reasons,
            LocalDateTime decidedAt) {}

    record Reflection(long cadreId, LocalizedText name, LocalDateTime submittedAt, String body) {}

    record CertificateRow(
            LocalizedText name,
            String serial,
            BigDecimal hours,
            LocalDateTime issuedAt,
            LocalDateTime revokedAt,
            String revocationReason) {}

    record ArticleRow(long id, LocalizedText title, boolean published, LocalDateTime releaseAt, long browseCount) {}

    /** A material or a photo: what the ZIP holds beside the PDF. */
    record FileRow(
            long id,
            String kind,
            String title,
            String fileName,
            String contentType,
            long size,
            LocalizedText item,
            LocalDateTime uploadedAt,
            String uploadedBy) {}

    /** How many rows each section holds, in the order of the page. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("programme", programme.size());
        counts.put("changes", changes.size());
        counts.put("roster", roster.size());
        counts.put("attendance", attendance.size());
        counts.put("leave", leave.size());
        counts.put("withdrawals", withdrawals.size());
        counts.put("makeUps", makeUps.size());
        counts.put("decisions", decisions.size());
        counts.put("evaluation", evaluation == null ? 0 : (int) evaluation.responses());
        counts.put("reflections", reflections.size());
        counts.put("certificates", certificates.size());
        counts.put("articles", articles.size());
        counts.put("materials", materials.size());
        counts.put("photos", photos.size());
        return counts;
    }

    public long completedCount() {
        return decisions.stream().filter(Decision::completed).count();
    }

    /** The files of the ZIP: materials first, then photos. */
    public List<FileRow> files() {
        return Stream.concat(materials.stream(), photos.stream()).toList();
    }
}
