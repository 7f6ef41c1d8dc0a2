package org.cadretraining.course.site;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The site register as the rest of the course module and demo data use it. */
@Service
public class Sites {

    private final SiteRepository sites;

    Sites(SiteRepository sites) {
        this.sites = sites;
    }

    @Transactional(readOnly = true)
    public Optional<SiteSummary> find(long id) {
        return sites.findById(id).map(Site::summary);
    }

    @Transactional(readOnly = true)
    public Map<Long, SiteSummary> byIds(Collection<Long> ids) {
        return sites.findAllById(ids).stream()
                .map(Site::summary)
                .collect(Collectors.toMap(SiteSummary::id, Function.identity()));
    }

    /** Active sites by Chinese name, to choose from in a form. */
    @Transactional(readOnly = true)
    public List<SiteSummary> choices() {
        return sites.findAll().stream()
                .map(Site::summary)
                .filter(SiteSummary::active)
                .sorted(Comparator.comparing((SiteSummary s) -> s.name().zh()))
                .toList();
    }

    /** Registers a site on behalf of the system itself (demo data, set-up); people go through the pages or API. */
    @Transactional
    public long register(SiteDetails details) {
        return sites.save(Site.register(details)).id();
    }
}
