package org.cadretraining.system;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error page, when the container sends a request to it, says in a sentence why: the reason a filter gave (a NUL
 * byte, a body too large), else the one that goes with the status.
 */
@Component
class ProblemErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object given = request.getAttribute(BadRequestGuard.MESSAGE_KEY, RequestAttributes.SCOPE_REQUEST);
        Object status = attributes.get("status");
        String messageKey = given instanceof String key
                ? key
                : status instanceof Integer code ? ProblemTexts.messageKeyFor(code) : null;
        if (messageKey != null) {
            attributes.put("messageKey", messageKey);
            attributes.put("messageArguments", new Object[0]);
        }
        return attributes;
    }
}
