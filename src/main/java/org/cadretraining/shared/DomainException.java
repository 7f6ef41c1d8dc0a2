package org.cadretraining.shared;

/**
 * A request refused by a rule of the domain. It names a message key (and the field it concerns, if any) so that
 * pages and the API can both explain it in the reader's language.
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        INVALID(400),
        UNAUTHORIZED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        CONFLICT(409),
        TOO_LARGE(413);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String messageKey;
    private final String field;
    private final Object[] arguments;

    public DomainException(Kind kind, String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments;
    }

    public static DomainException notFound(String messageKey) {
        return new DomainException(Kind.NOT_FOUND, messageKey, null);
    }

    public static DomainException forbidden() {
        return new DomainException(Kind.FORBIDDEN, "problem.forbidden", null);
    }

    public static DomainException invalid(String field, String messageKey, Object... arguments) {
        return new DomainException(Kind.INVALID, messageKey, field, arguments);
    }

    public static DomainException conflict(String field, String messageKey, Object... arguments) {
        return new DomainException(Kind.CONFLICT, messageKey, field, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
