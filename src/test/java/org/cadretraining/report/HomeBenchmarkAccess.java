package org.cadretraining.report;

import java.util.Locale;
import org.cadretraining.shared.CurrentUser;
import org.springframework.context.ApplicationContext;

/** What the compliance benchmark times of the home page: every panel of a person's home, as the page builds them. */
public final class HomeBenchmarkAccess {

    private HomeBenchmarkAccess() {}

    /** The number of panels the person's home shows, every one of them computed. */
    public static long home(ApplicationContext context, CurrentUser user) {
        return context.getBean(HomePanels.class).of(user, Locale.SIMPLIFIED_CHINESE).stream()
                .mapToLong(section -> section.panels().size())
                .sum();
    }
}
