package org.cadretraining.browser;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.DisposableBean;

/**
 * Copies everything written to {@code System.out} while its application context lives, so a test can read what
 * the application printed at start-up, such as the administrator's one-time password. Being a bean of that
 * context, it is created before the application's start-up runners print anything, and it belongs to that one
 * context however the test classes are ordered.
 */
public class ConsoleRecorder implements DisposableBean {

    private static final Pattern ONE_TIME_PASSWORD = Pattern.compile("one-time password:\\s+(\\S+)");

    private final PrintStream original = System.out;
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream();
    private final PrintStream tee;

    ConsoleRecorder() {
        tee = new PrintStream(new Tee(original, recorded), true, StandardCharsets.UTF_8);
        System.setOut(tee);
    }

    public String text() {
        synchronized (recorded) {
            return recorded.toString(StandardCharsets.UTF_8);
        }
    }

    /** The administrator's one-time password, as printed on the first start. */
    public Optional<String> oneTimePassword() {
        Matcher m = ONE_TIME_PASSWORD.matcher(text());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public void destroy() {
        if (System.out == tee) {
            System.setOut(original);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream console;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream console, ByteArrayOutputStream copy) {
            this.console = console;
            this.copy = copy;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (copy) {
                copy.write(b, off, len);
            }
            try {
                console.write(b, off, len);
            } catch (java.io.IOException e) {
                // the console is only a copy for the human reader; the recording is what the test needs
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            console.flush();
        }
    }
}
