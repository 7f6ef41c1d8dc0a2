package org.cadretraining.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template, written as well-formed XHTML, into a PDF. Chinese needs a font with its glyphs: Noto Sans
 * SC is embedded, as a subset of just the glyphs used, so that a PDF reads the same on any computer and stays small.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "Noto Sans SC";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
        // read once: a font is 10 MB, and each document parses it again for the glyphs it needs
        this.regular = font("fonts/NotoSansSC-Regular.ttf");
        this.bold = font("fonts/NotoSansSC-Bold.ttf");
    }

    byte[] render(String template, Locale locale, Map<String, Object> model) {
        String xhtml = templates.process(template, new Context(locale, model));
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withProducer("cadre-training");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PDF font " + path, e);
        }
    }
}
