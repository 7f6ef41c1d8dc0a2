package org.cadretraining.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * What the restarted application's database holds after a kill, read the way an operator would (README: the port
 * from {@code postmaster.pid}, the password from its file): acknowledged check-ins lost, an import all or nothing and
 * marked failed with nothing written, views counted against views acknowledged. Prints one line per check and exits
 * 1 when it fails. Run by {@code bench/durability/run.sh}.
 */
public final class DurabilityCheck {

    private DurabilityCheck() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[1]);
        boolean passed;
        try (Connection db = connect(dataDir)) {
            passed = switch (args[0]) {
                case "checkin" -> checkIns(db, Long.parseLong(args[2]), Path.of(args[3]));
                case "import" -> importing(db, args[2]);
                case "views" -> views(db, Long.parseLong(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
                default -> throw new IllegalArgumentException(args[0]);
            };
        }
        System.exit(passed ? 0 : 1);
    }

    private static boolean checkIns(Connection db, long item, Path acknowledgedFile) throws Exception {
        Set<Long> acknowledged = new HashSet<>();
        for (String line : Files.readAllLines(acknowledgedFile)) {
            if (!line.isBlank()) {
                acknowledged.add(Long.parseLong(line.strip()));
            }
        }
        Set<Long> stored = new HashSet<>();
        try (PreparedStatement select =
                db.prepareStatement("select cadre_id from attendance_check where agenda_item_id = ?")) {
            select.setLong(1, item);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getLong(1));
                }
            }
        }
        Set<Long> lost = new HashSet<>(acknowledged);
        lost.removeAll(stored);
        System.out.printf(
                "check-in burst: %,d acknowledged before the kill, %,d stored after the restart, %d acknowledged"
                        + " lost%s%n",
                acknowledged.size(), stored.size(), lost.size(), lost.isEmpty() ? " (OK)" : " (FAILED)");
        return lost.isEmpty() && !acknowledged.isEmpty();
    }

    /** {@code job} is "id rows codePrefix": waits up to 90 s for the abandoned job to be marked failed. */
    private static boolean importing(Connection db, String job) throws Exception {
        String[] parts = job.strip().split(" ");
        long id = Long.parseLong(parts[0]);
        int rows = Integer.parseInt(parts[1]);
        String prefix = parts[2];
        long began = System.nanoTime();
        String status = null;
        int written = -1;
        String file = null;
        while (System.nanoTime() - began < 90_000_000_000L) {
            try (PreparedStatement select =
                    db.prepareStatement("select status, written_rows, file_path from import_job where id = ?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    status = row.getString(1);
                    written = row.getInt(2);
                    file = row.getString(3);
                }
            }
            if (!List.of("QUEUED", "CHECKING", "WRITING").contains(status)) {
                break;
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        int units;
        try (PreparedStatement count = db.prepareStatement("select count(*) from unit where code like ?")) {
            count.setString(1, prefix + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                units = row.getInt(1);
            }
        }
        boolean allOrNothing = units == 0 || units == rows;
        boolean failedWithNothing = "FAILED".equals(status) && written == 0 && units == 0;
        boolean done = "DONE".equals(status) && units == rows;
        boolean fileGone = file == null || !Files.exists(Path.of(file));
        System.out.printf(
                "import killed while writing: %,d of %,d rows in the register (%s), job %s with %,d written after %.0f s"
                        + " of waiting after the restart, uploaded file %s (%s)%n",
                units,
                rows,
                allOrNothing ? "all or nothing" : "PARTLY WRITTEN",
                status,
                written,
                seconds,
                fileGone ? "deleted" : "STILL THERE",
                allOrNothing && (failedWithNothing || done) && fileGone ? "OK" : "FAILED");
        return allOrNothing && (failedWithNothing || done) && fileGone;
    }

    private static boolean views(Connection db, long article, long acknowledged, long lastSecond) throws SQLException {
        long counted;
        try (PreparedStatement select = db.prepareStatement("select browse_count from news_article where id = ?")) {
            select.setLong(1, article);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                counted = row.getLong(1);
            }
        }
        long lost = acknowledged - counted;
        // more counted than acknowledged is no loss: a view counted whose answer the kill cut off
        boolean passed = acknowledged > 0 && lost <= lastSecond;
        System.out.printf(
                "view storm: %,d views acknowledged before the kill, %,d counted after the restart, %,d lost; the last"
                        + " second before the kill acknowledged %,d (%s)%n",
                acknowledged, counted, lost, lastSecond, passed ? "OK" : "FAILED");
        return passed;
    }

    private static Connection connect(Path dataDir) throws Exception {
        String port =
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(3).strip();
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty(
                "password",
                Files.readString(dataDir.resolve(EmbeddedPassword.FILE_NAME)).strip());
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", login);
    }
}
