package org.cadretraining.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses some requests before the application sees them (a NUL byte in the path, a request line or headers
 * longer than it reads, a form body over its limit) and answers them with its own bare error report, in English,
 * naming the server. Its host's error report is replaced by this one, which answers with the application's page or
 * a problem detail in the reader's language, and names nothing. Errors the application answers itself never reach
 * it: they have written their page already.
 */
@Component
class ServerErrorReport implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final ProblemTexts texts;

    ServerErrorReport(MessageSource messages) {
        this.texts = new ProblemTexts(messages);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        // the host puts its error report valve in place as it starts, before it starts the application's context
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceReportOf(context.getParent());
            }
        }));
    }

    private void replaceReportOf(Container host) {
        if (host == null) {
            return;
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ApplicationReport)) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (!(host.getPipeline().getValves().length > 0
                && java.util.Arrays.stream(host.getPipeline().getValves())
                        .anyMatch(ApplicationReport.class::isInstance))) {
            host.getPipeline().addValve(new ApplicationReport(texts));
        }
    }

    static final class ApplicationReport extends ErrorReportValve {

        private final ProblemTexts texts;

        ApplicationReport(ProblemTexts texts) {
            this.texts = texts;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get() || !response.setErrorReported()) {
                return;
            }
            Locale locale = ProblemTexts.localeOf(request);
            String messageKey = ProblemTexts.messageKeyFor(status);
            boolean api = ProblemTexts.isApi(request);
            try {
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(
                            api
                                    ? texts.problemJson(status, messageKey, locale)
                                    : texts.page(status, messageKey, locale));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // the connection is gone or the response was committed: nothing more can be said
            }
        }
    }
}
