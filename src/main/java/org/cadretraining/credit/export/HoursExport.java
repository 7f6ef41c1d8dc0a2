package org.cadretraining.credit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.cadretraining.credit.CreditScope;
import org.cadretraining.shared.CreditHours;
import org.cadretraining.shared.CurrentUser;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every cadre of a unit subtree with their 学时 of one year by category, read from the yearly totals (which count
 * the latest entry of each correction chain), streamed in staff number order so that a subtree of any size needs
 * no memory. The columns are fixed and named in English in every language, so that the receiving system can rely
 * on them: see README, "Hours for the cadre information system".
 */
@Service
class HoursExport {

    static final List<String> COLUMNS = List.of(
            "staff_number", "name", "unit_code", "unit_name", "year", "full_time_hours", "online_hours", "total_hours");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int FLUSH_EVERY = 500;

    private final JdbcTemplate streaming;
    private final TransactionTemplate snapshot;
    private final CreditScope scope;

    HoursExport(DataSource dataSource, PlatformTransactionManager transactions, CreditScope scope) {
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL streams a result through a cursor only with a fetch size, inside a transaction
        this.streaming.setFetchSize(1000);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.scope = scope;
    }

    /** Hands over each cadre of the subtree (the person's whole scope when {@code unitId} is null) for the year. */
    void each(Long unitId, int year, CurrentUser user, Consumer<CadreHours> rows) {
        each(scope.reportPath(unitId, user), year, rows);
    }

    private void each(String path, int year, Consumer<CadreHours> rows) {
        snapshot.executeWithoutResult(status -> streaming.query(
                """
                select c.staff_number, c.name, u.code, u.name_zh,
                       coalesce(t.full_time, 0) as full_time, coalesce(t.online, 0) as online
                  from cadre c
                  join unit u on u.id = c.unit_id
                  left join credit_year_total t on t.cadre_id = c.id and t.year = ?
                 where u.path like ? || '%'
                 order by c.staff_number
                """,
                rs -> {
                    CreditHours fullTime = CreditHours.of(rs.getBigDecimal("full_time"));
                    CreditHours online = CreditHours.of(rs.getBigDecimal("online"));
                    rows.accept(new CadreHours(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            year,
                            fullTime,
                            online,
                            fullTime.plus(online)));
                },
                year,
                path));
    }

    /** UTF-8 with a byte order mark (so that Excel opens it as UTF-8), comma-separated, the header first. */
    /** Where a file goes, opened only once the person's scope is checked (a refusal is then an ordinary answer). */
    interface Output {
        OutputStream open() throws IOException;
    }

    void csv(Long unitId, int year, CurrentUser user, Output output) throws IOException {
        String path = scope.reportPath(unitId, user);
        Writer writer = new OutputStreamWriter(output.open(), StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", COLUMNS));
        writer.write("\r\n");
        try {
            each(path, year, row -> {
                try {
                    writer.write(String.join(
                            ",",
                            quoted(row.staffNumber()),
                            quoted(row.name()),
                            quoted(row.unitCode()),
                            quoted(row.unitName()),
                            "" + row.year(),
                            row.fullTime().toString(),
                            row.online().toString(),
                            row.total().toString()));
                    writer.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    void xlsx(Long unitId, int year, CurrentUser user, Output output) throws IOException {
        String path = scope.reportPath(unitId, user);
        Workbook workbook = new Workbook(output.open(), "cadre-training", "1.0");
        Worksheet sheet = workbook.newWorksheet("hours " + year);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        int[] r = {0};
        try {
            each(path, year, row -> {
                int n = ++r[0];
                sheet.value(n, 0, row.staffNumber());
                sheet.value(n, 1, row.name());
                sheet.value(n, 2, row.unitCode());
                sheet.value(n, 3, row.unitName());
                sheet.value(n, 4, row.year());
                sheet.value(n, 5, row.fullTime().value());
                sheet.value(n, 6, row.online().value());
                sheet.value(n, 7, row.total().value());
                if (n % FLUSH_EVERY == 0) {
                    try {
                        sheet.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        workbook.finish();
    }

    /**
     * Every text quoted; a text that a spreadsheet would read as a formula gets a leading apostrophe, so that a name
     * cannot run as one when the file is opened.
     */
    private static String quoted(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
