package org.cadretraining.completion;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.cadretraining.completion.Certificates.Certificate;
import org.cadretraining.course.CourseCatalog;
import org.cadretraining.course.CourseCatalog.CourseSummary;
import org.cadretraining.documents.PdfDocuments;
import org.cadretraining.organisation.OrganisationDirectory;
import org.cadretraining.organisation.UnitNode;
import org.cadretraining.shared.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Prints a certificate as a PDF in Chinese and English, with a QR code of its public verification address. Printed
 * when asked for, from the record, so a revoked certificate is never printed as valid.
 */
@Component
class CertificateDocuments {

    private final PdfDocuments pdfs;
    private final CourseCatalog catalog;
    private final OrganisationDirectory directory;
    private final MessageSource messages;

    CertificateDocuments(
            PdfDocuments pdfs, CourseCatalog catalog, OrganisationDirectory directory, MessageSource messages) {
        this.messages = messages;
        this.pdfs = pdfs;
        this.catalog = catalog;
        this.directory = directory;
    }

    byte[] pdf(Certificate certificate, String verificationUrl) {
        CourseSummary course = catalog.course(certificate.courseId()).orElseThrow();
        LocalizedText holder = directory
                .cadre(certificate.cadreId())
                .map(c -> new LocalizedText(c.name(), c.nameEn()))
                .orElse(new LocalizedText("", ""));
        LocalizedText organiser = directory.allUnits().stream()
                .filter(unit -> unit.id() == course.organiserUnitId())
                .map(UnitNode::name)
                .findFirst()
                .orElse(new LocalizedText("", ""));
        Map<String, Object> model = new HashMap<>();
        model.put("certificate", certificate);
        model.put("course", course);
        model.put("holder", holder.zh());
        model.put("organiser", organiser);
        model.put("hours", Explanations.plain(certificate.hours()));
        model.put("startsZh", course.startsOn().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        model.put("endsZh", course.endsOn().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        model.put("startsEn", course.startsOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        model.put("endsEn", course.endsOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        model.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr(verificationUrl)));
        model.put("verificationUrl", verificationUrl);
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            boolean english = locale.getLanguage().equals("en");
            String suffix = english ? "En" : "Zh";
            model.put("heading" + suffix, messages.getMessage("completion.pdf.heading", null, locale));
            model.put(
                    "body" + suffix,
                    messages.getMessage(
                            "completion.pdf.body",
                            new Object[] {
                                holder.in(locale),
                                model.get("starts" + suffix),
                                model.get("ends" + suffix),
                                course.title().in(locale),
                                Explanations.plain(certificate.hours())
                            },
                            locale));
            model.put("serialLabel" + suffix, messages.getMessage("completion.verify.serial", null, locale));
            model.put("verifyLabel" + suffix, messages.getMessage("completion.pdf.verify", null, locale));
            model.put("organiser" + suffix, organiser.in(locale));
        }
        return pdfs.render("completion/certificate-pdf", Locale.SIMPLIFIED_CHINESE, model);
    }

    static byte[] qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            240,
                            240,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1));
            var out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("Cannot encode the verification address as a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
