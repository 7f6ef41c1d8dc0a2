package org.cadretraining.attendance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.cadretraining.Application;
import org.cadretraining.account.Accounts;
import org.cadretraining.enrolment.EnrolmentSetup;
import org.cadretraining.news.NewsSetup;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.shared.LocalizedText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first start of the durability benchmark ({@code bench/durability/run.sh}): the whole application on its
 * embedded PostgreSQL in a data folder, as in production, seeded with what the three rounds need: a course in
 * progress with one agenda item open now, trainees and the tokens of staff devices (check-in burst), an administrator
 * with a password (import through the API) and a published article (view storm). Writes these into a properties file
 * and keeps running until killed. The starts after a kill are the plain application on the same folder.
 */
public final class DurabilityServer {

    private DurabilityServer() {}

    public static void main(String[] args) throws Exception {
        Path fixtureFile = Path.of(args[0]);
        int trainees = Integer.parseInt(args[1]);
        int devices = Integer.parseInt(args[2]);
        ConfigurableApplicationContext context = new SpringApplication(Application.class).run();
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Clock clock = context.getBean(Clock.class);
        AttendanceFixture fixture = new AttendanceFixture(
                context.getBean(OrganisationDirectory.class), jdbc, context.getBean(EnrolmentSetup.class));

        LocalDate today = LocalDate.now(clock);
        long courseId = jdbc.sql("""
                        insert into course (title_zh, title_en, organiser_unit_id, starts_on, ends_on, capacity,
                                            required_hours, category, status, created_at, created_by)
                        values ('断电测试班', 'Durability', ?, ?, ?, ?, 18, 'PARTY_SPIRIT', 'IN_PROGRESS', ?,
                                'benchmark') returning id
                        """)
                .params(fixture.unit, today, today, trainees + 10, Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        LocalTime now = LocalTime.now(clock);
        LocalTime from = now.isBefore(LocalTime.of(1, 0)) ? LocalTime.MIDNIGHT : now.minusHours(1);
        LocalTime to = now.isAfter(LocalTime.of(20, 58)) ? LocalTime.of(23, 59) : now.plusHours(3);
        long item = fixture.item(courseId, today, from.toString(), to.toString(), "LECTURE");
        List<String> cadres = new ArrayList<>();
        for (int i = 0; i < trainees; i++) {
            cadres.add(Long.toString(fixture.trainee(courseId, "学员" + i)));
        }
        Accounts accounts = context.getBean(Accounts.class);
        DeviceGrants grants = context.getBean(DeviceGrants.class);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            long organiser = account(jdbc, fixture.prefix + "staff" + i, "ORGANISER");
            tokens.add(grants.issue(courseId, accounts.standing(organiser).orElseThrow())
                    .token());
        }
        String administrator = fixture.prefix + "admin";
        account(jdbc, administrator, "ADMINISTRATOR");

        NewsSetup news = context.getBean(NewsSetup.class);
        long article = news.publish(
                news.column(fixture.prefix + "durability", new LocalizedText("断电测试", "Durability"), 0),
                List.of(new NewsSetup.Text("zh", "浏览计数", "", "<p>正文</p>", "", "", "")),
                Instant.now().minusSeconds(60));

        Properties out = new Properties();
        out.setProperty("course", Long.toString(courseId));
        out.setProperty("item", Long.toString(item));
        out.setProperty("cadres", String.join(",", cadres));
        out.setProperty("tokens", String.join(",", tokens));
        out.setProperty("administrator", administrator);
        out.setProperty("password", "benchmark");
        out.setProperty("article", Long.toString(article));
        out.setProperty("prefix", fixture.prefix.replace("-", "").toUpperCase(java.util.Locale.ROOT));
        Path written = Files.createTempFile(fixtureFile.getParent(), "fixture", ".tmp");
        try (var writer = Files.newBufferedWriter(written)) {
            out.store(writer, "durability benchmark fixture");
        }
        Files.move(written, fixtureFile, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("Ready: %,d trainees, %,d staff devices, article %d.%n", trainees, devices, article);
    }

    /** {@code {noop}}: the load client signs in by HTTP Basic on every call, bcrypt would be the benchmark. */
    private static long account(JdbcClient jdbc, String username, String role) {
        long id = jdbc.sql("""
                        insert into account (username, password_hash, display_name, created_at)
                        values (?, '{noop}benchmark', ?, now()) returning id
                        """).params(username, username).query(Long.class).single();
        jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
                .params(id, role)
                .update();
        return id;
    }
}
