package org.cadretraining.documents;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Lets other modules (certificates, a cadre's archive) print their own Thymeleaf templates as PDF, with the same
 * embedded Chinese font as the course documents. Templates must be well-formed XHTML.
 */
@Service
public class PdfDocuments {

    private final PdfRenderer renderer;

    PdfDocuments(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    /** The family name to use in the template's CSS for text that may hold Chinese. */
    public static String fontFamily() {
        return PdfRenderer.FONT_FAMILY;
    }

    public byte[] render(String template, Locale locale, Map<String, Object> model) {
        return renderer.render(template, locale, model);
    }
}
