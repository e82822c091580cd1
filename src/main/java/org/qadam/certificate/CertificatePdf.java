package org.qadam.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * A certificate as an archival PDF (PDF/A-2b) with Apache PDFBox: A4 landscape, in the holder's language,
 * with one embedded font that has Latin (Uzbek ʻ and ʼ included) and Cyrillic (Uzbek ў, қ, ғ, ҳ
 * included), the signatories, the verification code and a QR code of the verification address drawn as
 * vector squares. The same content always gives the same bytes.
 */
public final class CertificatePdf {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final byte[] FONT_BYTES = fontBytes();
    /** The font parsed once per thread (parsing is most of the cost of a certificate); a parsed font is not shared between threads. */
    private static final ThreadLocal<org.apache.fontbox.ttf.TrueTypeFont> PARSED_FONT = ThreadLocal.withInitial(() -> {
        try {
            org.apache.fontbox.ttf.TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(FONT_BYTES));
            // no glyph substitution (ligatures) is needed for these scripts, and PDFBox compiles it anew for every
            // line of text: without the GSUB table a certificate takes a few milliseconds instead of twenty
            font.getTableMap().remove("GSUB");
            return font;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    });
    private static final float WIDTH = PDRectangle.A4.getHeight();
    private static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float[] INK = {0.10f, 0.14f, 0.18f};
    private static final float[] ACCENT = {0.05f, 0.40f, 0.35f};

    /** XMP metadata of a PDF/A-2b file: title, creator, dates and the PDF/A identification. */
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">@TITLE@</rdf:li></rdf:Alt></dc:title>
               <dc:creator><rdf:Seq><rdf:li>Qadam</rdf:li></rdf:Seq></dc:creator>
               <dc:format>application/pdf</dc:format>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
               <xmp:CreateDate>@DATE@</xmp:CreateDate>
               <xmp:ModifyDate>@DATE@</xmp:ModifyDate>
               <xmp:CreatorTool>Qadam</xmp:CreatorTool>
              </rdf:Description>
              <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
               <pdfaid:part>2</pdfaid:part>
               <pdfaid:conformance>B</pdfaid:conformance>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";

    private CertificatePdf() {
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static byte[] fontBytes() {
        try (InputStream in = CertificatePdf.class.getResourceAsStream(FONT)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("the certificate font is missing from PDFBox", missing);
        }
    }

    /**
     * @param content what the certificate says
     * @param label   the printed labels ("certificate.pdf.title" and the like) in the holder's language
     */
    public static byte[] render(CertificateContent content, Function<String, String> label) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, PARSED_FONT.get(), true);
            if (!printable(font, content.holderName()).equals(content.holderName())
                    || !printable(font, content.cohortName()).equals(content.cohortName())) {
                // printed as far as the font allows; a coordinator may want to correct the name and re-issue
                java.util.logging.Logger.getLogger(CertificatePdf.class.getName()).warning(() -> "Certificate "
                        + VerificationCode.format(content.code()) + ": characters the font has no glyph for were left out or printed as ?");
            }
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            doc.addPage(page);
            Locale locale = Locale.forLanguageTag(content.language());
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            try (PDPageContentStream pen = new PDPageContentStream(doc, page)) {
                frame(pen);
                logos(doc, pen, content);
                centred(pen, font, 34, ACCENT, label.apply("certificate.pdf.title").toUpperCase(locale), 478);
                centred(pen, font, 13, INK, label.apply("certificate.pdf.certifies"), 440);
                centred(pen, font, fit(font, content.holderName(), 30, WIDTH - 160), INK, content.holderName(), 400);
                line(pen, WIDTH / 2 - 200, 390, WIDTH / 2 + 200, 390, 0.6f);
                float y = 364;
                for (String text : wrap(font, 11.5f, content.in(content.wording()), WIDTH - 220)) {
                    centred(pen, font, 11.5f, INK, text, y);
                    y -= 15.5f;
                }
                y -= 6;
                for (String text : wrap(font, 15, "«" + content.in(content.courseTitle()) + "»", WIDTH - 220)) {
                    centred(pen, font, 15, ACCENT, text, y);
                    y -= 19;
                }
                centred(pen, font, 10.5f, INK, content.cohortName() + " · " + dates.format(content.startsOn()) + " – "
                        + dates.format(content.endsOn()), y - 2);
                signatories(doc, pen, font, content);
                text(pen, font, 9.5f, INK, label.apply("certificate.pdf.issuedOn") + " " + dates.format(content.issuedOn()), 60, 84);
                text(pen, font, 9.5f, INK, label.apply("certificate.pdf.code") + " " + VerificationCode.format(content.code()), 60, 70);
                text(pen, font, 8.5f, INK, label.apply("certificate.pdf.verifyAt") + " " + content.verifyUrl(), 60, 56);
                qr(pen, content.verifyUrl(), WIDTH - 60 - 96, 46, 96);
            }
            archival(doc, content, label.apply("certificate.pdf.title"));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    // ---------------------------------------------------------------- layout

    private static void frame(PDPageContentStream pen) throws IOException {
        pen.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
        pen.setLineWidth(2.5f);
        pen.addRect(22, 22, WIDTH - 44, HEIGHT - 44);
        pen.stroke();
        pen.setLineWidth(0.8f);
        pen.addRect(30, 30, WIDTH - 60, HEIGHT - 60);
        pen.stroke();
    }

    private static void logos(PDDocument doc, PDPageContentStream pen, CertificateContent content) throws IOException {
        List<byte[]> logos = content.signatories().stream().map(CertificateContent.Signatory::logo).filter(l -> l != null).toList();
        float x = WIDTH / 2 - (logos.size() * 70 - 20) / 2f;
        for (byte[] logo : logos) {
            PDImageXObject image = PDImageXObject.createFromByteArray(doc, logo, "logo");
            float h = 40;
            float w = Math.min(50, image.getWidth() * h / image.getHeight());
            pen.drawImage(image, x, HEIGHT - 40 - 44, w, h);
            x += 70;
        }
    }

    private static void signatories(PDDocument doc, PDPageContentStream pen, PDType0Font font, CertificateContent content)
            throws IOException {
        List<CertificateContent.Signatory> people = content.signatories();
        if (people.isEmpty()) {
            return;
        }
        float left = 70;
        float right = WIDTH - 200;
        float column = (right - left) / people.size();
        for (int i = 0; i < people.size(); i++) {
            CertificateContent.Signatory s = people.get(i);
            float centre = left + column * i + column / 2;
            if (s.signature() != null) {
                PDImageXObject image = PDImageXObject.createFromByteArray(doc, s.signature(), "signature");
                float h = 34;
                float w = Math.min(column - 30, image.getWidth() * h / image.getHeight());
                pen.drawImage(image, centre - w / 2, 150, w, h);
            }
            line(pen, centre - column / 2 + 18, 146, centre + column / 2 - 18, 146, 0.5f);
            centredAt(pen, font, 10.5f, INK, content.in(s.name()), centre, 132);
            float y = 119;
            for (String text : wrap(font, 8.5f, content.in(s.title()), column - 24)) {
                centredAt(pen, font, 8.5f, INK, text, centre, y);
                y -= 10.5f;
            }
        }
    }

    private static void qr(PDPageContentStream pen, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
            hints.put(EncodeHintType.MARGIN, 0);
            hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("verification address too long for a QR code", tooLong);
        }
        float module = size / matrix.getWidth();
        pen.setNonStrokingColor(1f, 1f, 1f);
        pen.addRect(x - 4 * module, y - 4 * module, size + 8 * module, size + 8 * module);
        pen.fill();
        pen.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    pen.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        pen.fill();
    }

    private static void line(PDPageContentStream pen, float x1, float y1, float x2, float y2, float width) throws IOException {
        pen.setStrokingColor(INK[0], INK[1], INK[2]);
        pen.setLineWidth(width);
        pen.moveTo(x1, y1);
        pen.lineTo(x2, y2);
        pen.stroke();
    }

    private static void centred(PDPageContentStream pen, PDType0Font font, float size, float[] colour, String text, float y)
            throws IOException {
        centredAt(pen, font, size, colour, text, WIDTH / 2, y);
    }

    private static void centredAt(PDPageContentStream pen, PDType0Font font, float size, float[] colour, String text,
                                  float centre, float y) throws IOException {
        String drawn = printable(font, text);
        float width = font.getStringWidth(drawn) / 1000 * size;
        text(pen, font, size, colour, drawn, centre - width / 2, y);
    }

    private static void text(PDPageContentStream pen, PDType0Font font, float size, float[] colour, String text, float x, float y)
            throws IOException {
        pen.beginText();
        pen.setFont(font, size);
        pen.setNonStrokingColor(colour[0], colour[1], colour[2]);
        pen.newLineAtOffset(x, y);
        pen.showText(printable(font, text));
        pen.endText();
    }

    /** The largest size up to {@code size} at which the text fits the width (long names shrink, not overflow). */
    private static float fit(PDType0Font font, String text, float size, float width) throws IOException {
        float s = size;
        String drawn = printable(font, text);
        while (s > 12 && font.getStringWidth(drawn) / 1000 * s > width) {
            s -= 1;
        }
        return s;
    }

    static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The text as the font can draw it. A name or a cohort's name may hold a character the font has no glyph for
     * (an emoji, a Chinese name), and PDFBox refuses the whole text then: a certificate issued on completion would
     * fail the completion with it. So a symbol the font lacks is left out and any other character becomes "?".
     */
    static String printable(PDType0Font font, String text) {
        StringBuilder drawn = new StringBuilder(text.length());
        boolean leftOut = false;
        for (int c : text.codePoints().toArray()) {
            String one = Character.toString(c);
            try {
                font.encode(one);
                drawn.append(one);
            } catch (IllegalArgumentException | IOException noGlyph) {
                int type = Character.getType(c);
                if (type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL
                        || type == Character.SURROGATE || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                        || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                    leftOut = true;
                } else {
                    drawn.append('?');
                }
            }
        }
        // "Aziz 😀 Tashkentov" is "Aziz Tashkentov", not with two spaces
        return leftOut ? drawn.toString().replaceAll(" {2,}", " ").strip() : drawn.toString();
    }

    // ---------------------------------------------------------------- PDF/A-2b

    private static void archival(PDDocument doc, CertificateContent content, String title) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        Calendar issued = GregorianCalendar.from(content.issuedOn().atStartOfDay(ZoneOffset.UTC));
        issued.setTimeZone(TimeZone.getTimeZone("UTC"));
        // the XMP packet is written from a template: building it with xmpbox's serializer costs more than the rest of the PDF
        String date = DateTimeFormatter.ISO_INSTANT.format(issued.toInstant());
        String xmp = XMP.replace("@TITLE@", xml(title + " – " + content.holderName())).replace("@DATE@", date);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        doc.getDocumentInformation().setTitle(title + " – " + content.holderName());
        doc.getDocumentInformation().setCreator("Qadam");
        doc.getDocumentInformation().setCreationDate(issued);
        doc.getDocumentInformation().setModificationDate(issued);
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage(content.language());
        // a fixed file identifier from the code, so that the same certificate always gives the same bytes
        byte[] fileId;
        try {
            fileId = MessageDigest.getInstance("MD5").digest(content.code().getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(fileId));
        ids.add(new COSString(fileId));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The SHA-256 of a PDF, in hex. */
    public static String sha256(byte[] pdf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
