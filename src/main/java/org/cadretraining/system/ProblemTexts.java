package org.cadretraining.system;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The application's answer to a request refused before any controller saw it, as an HTML page or an RFC 9457 problem
 * detail, in the reader's language: for the filter that refuses bad bytes and sizes, and for the server's own error
 * report, which answers requests Tomcat refused before the application could. Nothing of the request is echoed.
 */
final class ProblemTexts {

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence that explains a status the application did not give itself. */
    static String messageKeyFor(int status) {
        return switch (status) {
            case 413 -> "problem.requestTooLarge";
            case 414, 431 -> "problem.requestTooLong";
            case 400 -> "problem.badRequest";
            default -> null;
        };
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The reader's language as far as a refused request can tell: the {@code lang} cookie the pages set, else the
     * browser's first choice; Chinese unless English is asked for.
     */
    static Locale localeOf(HttpServletRequest request) {
        try {
            Cookie[] cookies = request.getCookies();
            if (cookies != null) {
                for (Cookie cookie : cookies) {
                    if ("lang".equals(cookie.getName())) {
                        return cookie.getValue().startsWith("en") ? Locale.ENGLISH : WebConfiguration.DEFAULT_LOCALE;
                    }
                }
            }
            boolean asksEnglish = request.getHeader("Accept-Language") != null
                    && "en".equals(request.getLocale().getLanguage());
            return asksEnglish ? Locale.ENGLISH : WebConfiguration.DEFAULT_LOCALE;
        } catch (RuntimeException unreadable) {
            return WebConfiguration.DEFAULT_LOCALE;
        }
    }

    String problemJson(int status, String messageKey, Locale locale) {
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title(status, locale)) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(text(messageKey, locale)) + "\"}";
    }

    /** A page of its own, for requests refused before the application's pages could be rendered. */
    String page(int status, String messageKey, Locale locale) {
        String appName = text("app.name", locale);
        return "<!DOCTYPE html>\n<html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN") + "\">\n<head>\n"
                + "  <meta charset=\"utf-8\">\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <title>" + html(text("error.title", locale)) + " · " + html(appName) + "</title>\n"
                + "  <link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\">\n"
                + "  <link rel=\"stylesheet\" href=\"/css/app.css\">\n</head>\n"
                + "<body class=\"bg-body-tertiary\">\n"
                + "<nav class=\"navbar navbar-dark mb-4\"><div class=\"container-fluid\">"
                + "<a class=\"navbar-brand\" href=\"/\">" + html(appName) + "</a></div></nav>\n"
                + "<main class=\"container\"><section class=\"py-5 text-center\">\n"
                + "  <h1 class=\"display-5\">" + status + "</h1>\n"
                + "  <p class=\"lead\">" + html(text(messageKey, locale)) + "</p>\n"
                + "  <a class=\"btn btn-outline-primary\" href=\"/\">" + html(text("error.home", locale)) + "</a>\n"
                + "</section></main>\n</body>\n</html>\n";
    }

    private String title(int status, Locale locale) {
        return messages.getMessage("problem.status." + status, null, text("error.title", locale), locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key == null ? "error.general" : key, null, locale);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
