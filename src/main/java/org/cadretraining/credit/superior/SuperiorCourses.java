package org.cadretraining.credit.superior;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.credit.BulkLedger;
import org.cadretraining.credit.CreditCategory;
import org.cadretraining.credit.CreditScope;
import org.cadretraining.credit.CreditSource;
import org.cadretraining.credit.Evidence;
import org.cadretraining.credit.NewCreditEntry;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.cadretraining.shared.DomainException;
import org.cadretraining.shared.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * External courses recorded once with their attendees. The organisation department records for any cadre, a unit
 * liaison for the cadres of their subtree (as they declare external training); a cadre records none. Each
 * attendee gets one full-time ledger entry that names the course, all in one transaction with the course.
 */
@Service
class SuperiorCourses {

    /** What is recorded: the course's facts, checked by its form. */
    record Facts(
            SuperiorKind kind,
            String title,
            String provider,
            LocalDate startsOn,
            LocalDate endsOn,
            CreditHours hours) {}

    private final JdbcClient jdbc;
    private final BulkLedger ledger;
    private final CreditScope scope;
    private final AttendeeFinder finder;
    private final MessageSource messages;
    private final Clock clock;
    private final long maxEvidenceBytes;

    SuperiorCourses(
            JdbcClient jdbc,
            BulkLedger ledger,
            CreditScope scope,
            AttendeeFinder finder,
            MessageSource messages,
            Clock clock,
            @Value("${app.credit.evidence-max-bytes:5242880}") long maxEvidenceBytes) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.scope = scope;
        this.finder = finder;
        this.messages = messages;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    /** The subtree the person records for ("" for the whole institution); refuses a cadre or anyone without one. */
    String subtreeOf(CurrentUser user) {
        String subtree = scope.subtreeOf(user);
        if (subtree == null) {
            throw DomainException.forbidden();
        }
        return subtree;
    }

    AttendeeList attendees(List<Long> picked, Map<String, String> given, CurrentUser user) {
        return finder.find(picked, given, subtreeOf(user));
    }

    /** Records the course and one entry per attendee; the attendees are found again here, inside the transaction. */
    @Transactional
    long record(Facts facts, String evidenceName, byte[] evidenceBytes, List<Long> cadreIds, CurrentUser user) {
        String subtree = subtreeOf(user);
        AttendeeList attendees = finder.find(cadreIds, Map.of(), subtree);
        if (!attendees.isGood()) {
            throw DomainException.invalid("pasted", "credit.superior.attendeesRequired");
        }
        Evidence evidence = Evidence.checked(evidenceName, evidenceBytes, maxEvidenceBytes);
        long id = jdbc.sql("""
                        insert into superior_course (kind, title, provider, starts_on, ends_on, hours, evidence_name,
                                                     evidence_type, evidence_size, evidence, recorded_at, recorded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        facts.kind().name(),
                        facts.title().strip(),
                        facts.provider().strip(),
                        facts.startsOn(),
                        facts.endsOn(),
                        facts.hours().value(),
                        evidence.name(),
                        evidence.contentType(),
                        evidence.content().length,
                        evidence.content(),
                        Timestamp.from(clock.instant()),
                        user.username())
                .query(Long.class)
                .single();
        LocalizedText explanation =
                new LocalizedText(explanation(facts, Locale.SIMPLIFIED_CHINESE), explanation(facts, Locale.ENGLISH));
        List<NewCreditEntry> entries = new ArrayList<>();
        for (Attendee a : attendees.found()) {
            entries.add(new NewCreditEntry(
                    a.cadreId(),
                    facts.endsOn(),
                    CreditCategory.FULL_TIME,
                    CreditSource.EXTERNAL,
                    null,
                    "superior-course:" + id,
                    facts.hours(),
                    explanation,
                    user.username())
                    // its days count as days of full-time training, as an external course's do
                    .over(facts.startsOn()));
        }
        List<Long> entryIds = ledger.recordAll(entries);
        for (int i = 0; i < entries.size(); i++) {
            jdbc.sql("insert into superior_course_attendee (course_id, cadre_id, credit_entry_id) values (?, ?, ?)")
                    .params(id, entries.get(i).cadreId(), entryIds.get(i))
                    .update();
        }
        return id;
    }

    private String explanation(Facts facts, Locale locale) {
        return messages.getMessage(
                "credit.superior.explanation",
                new Object[] {
                    messages.getMessage(facts.kind().label(), null, locale),
                    facts.title().strip(),
                    facts.provider().strip(),
                    facts.startsOn().toString(),
                    facts.endsOn().toString(),
                    facts.hours().toString()
                },
                locale);
    }
}
