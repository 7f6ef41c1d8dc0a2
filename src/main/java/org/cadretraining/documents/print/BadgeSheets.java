package org.cadretraining.documents.print;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.documents.PdfDocuments;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name badges and table cards for a course. Badges come eight to an A4 page (two across, four down) with cut lines,
 * each with the participant's personal check-in QR code; a table card is an A4 landscape page folded along its
 * middle, the name upside down on the upper half so that it reads upright from the other side of the table.
 */
@Service
class BadgeSheets {

    static final int BADGES_PER_ROW = 2;
    static final int BADGES_PER_PAGE = 8;

    /** One badge: the person and the image of their check-in code. */
    public record Badge(DeskPerson person, String qr) {}

    private final DeskSheets sheets;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final java.time.Clock clock;

    BadgeSheets(DeskSheets sheets, PdfDocuments pdf, MessageSource messages, java.time.Clock clock) {
        this.sheets = sheets;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Printed badges(long courseId, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.courseRunBy(courseId, user);
        List<Badge> badges = sheets.people(courseId).stream()
                .map(p -> new Badge(p, QrCodes.dataUri(sheets.badgeCode(p.cadreId()))))
                .toList();
        List<List<List<Badge>>> pages = new ArrayList<>();
        for (List<Badge> page : chunks(badges, BADGES_PER_PAGE)) {
            pages.add(chunks(page, BADGES_PER_ROW));
        }
        byte[] content = pdf.render(
                "documents/print/badges-pdf",
                locale,
                Map.of("course", course, "pages", pages, "english", english(locale), "printedAt", now()));
        return Printed.pdf(content, name(course, "documents.print.badges.title", locale));
    }

    /** Table cards for everyone, or for those whose role is {@code role} (its label in either language). */
    @Transactional(readOnly = true)
    Printed tableCards(long courseId, String role, CurrentUser user, Locale locale) {
        CourseSummary course = sheets.courseRunBy(courseId, user);
        List<DeskPerson> people = sheets.people(courseId).stream()
                .filter(p -> role == null
                        || role.isBlank()
                        || p.role().zh().equals(role.strip())
                        || p.role().en().equalsIgnoreCase(role.strip()))
                .toList();
        byte[] content = pdf.render(
                "documents/print/table-cards-pdf",
                locale,
                Map.of("course", course, "people", people, "english", english(locale)));
        return Printed.pdf(content, name(course, "documents.print.cards.title", locale));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    private String name(CourseSummary course, String kindKey, Locale locale) {
        return course.title().in(locale) + "-" + messages.getMessage(kindKey, null, locale);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
