package org.cadretraining.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * {@code #temporals} in every page and PDF formats an {@code Instant} as a local time of the institution
 * ({@code app.time-zone}), not in UTC as Thymeleaf's own does: "2026-12-06 07:14" where the news desk, the
 * calendar feeds and the exports say the same. Registered after the standard dialect, whose {@code #temporals} it
 * replaces; dates and local times are formatted as before.
 */
@Component
class InstitutionTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String TEMPORALS = "temporals";

    private final ZoneId zone;

    InstitutionTimeDialect(Clock clock) {
        super("institution-time");
        this.zone = clock.getZone();
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(TEMPORALS);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return TEMPORALS.equals(expressionObjectName) ? new Temporals(context.getLocale(), zone) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
