package org.cadretraining.news;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The machine-readable portal: an Atom feed per column (Rome) and {@code sitemap.xml} of every published page. */
@Controller
class PortalFeeds {

    static final int FEED_SIZE = 30;

    private final PortalListings listings;
    private final JdbcClient jdbc;
    private final Clock clock;

    PortalFeeds(PortalListings listings, JdbcClient jdbc, Clock clock) {
        this.listings = listings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/news/columns/{slug}/feed.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Locale locale) throws FeedException {
        var found = listings.column(slug, 1, FEED_SIZE, Language.of(locale));
        if (found.isEmpty()) {
            // a feed reader gets a bare 404, not the error page in a feed's clothes
            return ResponseEntity.notFound().build();
        }
        PortalListings.ColumnPage page = found.get();
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(page.column().name().in(locale));
        feed.setLink(base + "/news/columns/" + slug);
        feed.setUri(base + "/news/columns/" + slug);
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + "/news/columns/" + slug + "/feed.atom");
        feed.setLinks(List.of(self));
        feed.setPublishedDate(
                page.headlines().isEmpty()
                        ? Date.from(clock.instant())
                        : Date.from(page.headlines().getFirst().releaseAt()));
        feed.setEntries(page.headlines().stream().map(h -> entry(base, h)).toList());
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("application/atom+xml;charset=UTF-8"))
                .body(inInstitutionTime(new WireFeedOutput().outputJDom(feed.createWireFeed())));
    }

    /**
     * Rome writes every date of the feed in UTC ("2026-12-05T23:14:00Z"); a reader of the feed sees the release as the
     * institution dates it, with its offset ("2026-12-06T07:14:00+08:00"): the same moment, the portal's day and hour.
     */
    private String inInstitutionTime(Document atom) {
        List<Element> dates = new ArrayList<>();
        for (Element element : atom.getRootElement().getDescendants(Filters.element())) {
            // Atom's own dates and the Dublin Core date Rome adds beside them
            if (Set.of("updated", "published", "date").contains(element.getName())) {
                dates.add(element);
            }
        }
        for (Element date : dates) {
            date.setText(Instant.parse(date.getTextTrim())
                    .atZone(clock.getZone())
                    .toOffsetDateTime()
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(atom);
    }

    private static SyndEntry entry(String base, NewsPortal.Headline headline) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(headline.title());
        entry.setLink(base + "/news/articles/" + headline.id());
        entry.setUri(base + "/news/articles/" + headline.id());
        entry.setPublishedDate(Date.from(headline.releaseAt()));
        entry.setUpdatedDate(Date.from(headline.releaseAt()));
        SyndContentImpl summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(headline.title());
        entry.setDescription(summary);
        return entry;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() throws XMLStreamException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
        url(xml, base + "/news", null);
        for (String slug : jdbc.sql("select slug from news_column order by sort_order, id")
                .query(String.class)
                .list()) {
            url(xml, base + "/news/columns/" + slug, null);
        }
        jdbc.sql("select id, release_at from news_article where published and release_at <= ? order by release_at, id")
                .param(Timestamp.from(clock.instant()))
                .query(rs -> {
                    try {
                        url(
                                xml,
                                base + "/news/articles/" + rs.getLong(1),
                                rs.getTimestamp(2)
                                        .toInstant()
                                        .atZone(clock.getZone())
                                        .toLocalDate()
                                        .toString());
                    } catch (XMLStreamException e) {
                        throw new IllegalStateException(e);
                    }
                });
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(out.toString());
    }

    private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
