package org.cadretraining.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API request that reaches no API controller (an unknown address, a method or content type the address does not
 * take) is answered as a problem detail in the caller's language too; {@link ApiProblems} only sees requests that
 * reached one, and the container's error page would answer with its English reason phrase. Requests for pages are
 * left to the error page: rethrown, the next resolver handles them as before.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

    private final MessageSource messages;

    ApiRoutingProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        forApiOnly(ex, request);
        String supported = ex.getSupportedHttpMethods() == null
                ? ""
                : String.join(
                        ", ",
                        ex.getSupportedHttpMethods().stream()
                                .map(Object::toString)
                                .toList());
        return problem(ex.getStatusCode().value(), ex.getClass().getName(), ex.getMethod(), supported);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        forApiOnly(ex, request);
        return problem(
                ex.getStatusCode().value(),
                ex.getClass().getName(),
                String.valueOf(ex.getContentType()),
                ex.getSupportedMediaTypes().toString());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException ex, HttpServletRequest request) throws NoResourceFoundException {
        forApiOnly(ex, request);
        return problem(404, ex.getClass().getName());
    }

    private static <E extends Exception> void forApiOnly(E ex, HttpServletRequest request) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw ex;
        }
    }

    private ProblemDetail problem(int status, String exception, Object... arguments) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.valueOf(status), messages.getMessage("problemDetail." + exception, arguments, locale));
        problem.setTitle(messages.getMessage(
                "problem.status." + status, null, HttpStatus.valueOf(status).name(), locale));
        return problem;
    }
}
