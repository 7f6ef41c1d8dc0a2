package org.cadretraining.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadretraining.shared.ApiController;
import org.cadretraining.shared.DomainException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem detail; validation errors list each field with its
 * message in the caller's language.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.invalid"));
        problem.setTitle(message("problem.invalid.title"));
        List<Map<String, Object>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(this::describe)
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that is not JSON, or holds a value of the wrong kind (a word where a number or a known choice belongs),
     * is explained in the caller's language and, where Jackson can tell, next to the field it concerns.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BadRequestGuard.causedBy(ex, SizeLimitedRequest.BodyTooLarge.class)) {
            ProblemDetail tooLarge =
                    ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message("problem.requestTooLarge"));
            tooLarge.setTitle(message("problem.status.413"));
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.unreadable"));
        problem.setTitle(message("problem.invalid.title"));
        String field = fieldOf(ex);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", unreadable(field))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** A path or query value of the wrong kind ({@code /courses/abc}) is named, in the caller's language. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.invalid"));
        problem.setTitle(message("problem.invalid.title"));
        String field =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", unreadable(field))));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A constraint on a path or query value ({@code @Size} on a {@code @RequestParam}) is listed like a body field's,
     * with our sentence naming the parameter.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("problem.invalid"));
        problem.setTitle(message("problem.invalid.title"));
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String field = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(Map.of(
                        "field",
                        field == null ? "" : field,
                        "message",
                        messages.getMessage(error, LocaleContextHolder.getLocale())));
            }
        }
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private String unreadable(String field) {
        String last = field.substring(field.lastIndexOf('.') + 1);
        String label = messages.getMessage(FieldLabels.of("", last), LocaleContextHolder.getLocale());
        return messages.getMessage("problem.unreadable.named", new Object[] {label}, LocaleContextHolder.getLocale());
    }

    private static String fieldOf(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = jackson.getPath().stream()
                        .map(JacksonException.Reference::getPropertyName)
                        .filter(name -> name != null)
                        .collect(Collectors.joining("."));
                return field.isEmpty() ? null : field;
            }
        }
        return null;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("problem.forbidden"));
        problem.setTitle(message("problem.forbidden.title"));
        return problem;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException ex) {
        HttpStatus status = HttpStatus.valueOf(ex.kind().status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
        problem.setTitle(message("problem.status." + status.value()));
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", problem.getDetail())));
        }
        return problem;
    }

    private Map<String, Object> describe(FieldError error) {
        return Map.of(
                "field", error.getField(),
                "message", messages.getMessage(error, LocaleContextHolder.getLocale()));
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
