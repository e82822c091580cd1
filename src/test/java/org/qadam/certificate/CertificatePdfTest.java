package org.qadam.certificate;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate's PDF read back: its text in every script, its QR code, and its PDF/A-2b conformance. */
class CertificatePdfTest {

    private static final String CODE = VerificationCode.generate(new SecureRandom());
    private static final String URL = "https://qadam.example.org/verify/" + CODE;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static CertificateContent content(String holder, String language) {
        return new CertificateContent(holder, language,
                Map.of("en", "Child rights monitoring for NGOs", "ru", "Мониторинг прав ребёнка для ННО",
                        "uz", "NNTlar uchun bola huquqlari monitoringi"),
                Map.of("en", "has completed the year-long programme", "ru", "успешно завершил(а) годовую программу",
                        "uz", "bir yillik oʻquv dasturini muvaffaqiyatli tamomladi"),
                "NGO cycle 2026–2027", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 2), CODE, URL,
                List.of(new CertificateContent.Signatory(Map.of("en", "Dilnoza Karimova", "ru", "Дилноза Каримова", "uz", "Dilnoza Karimova"),
                                Map.of("en", "Rector, Academy of Public Administration", "ru", "Ректор Академии государственного управления",
                                        "uz", "Davlat boshqaruvi akademiyasi rektori"), null, null),
                        new CertificateContent.Signatory(Map.of("en", "Rustam Qodirov", "ru", "Рустам Кодиров", "uz", "Rustam Qodirov"),
                                Map.of("en", "Chair of the Board", "ru", "Председатель Правления", "uz", "Boshqaruv raisi"), null, null)));
    }

    private static byte[] render(String holder, String language) {
        return CertificatePdf.render(content(holder, language), key -> key.substring(key.lastIndexOf('.') + 1).toUpperCase());
    }

    @Test
    void theTextReadBackHasTheNamesInUzbekLatinUzbekCyrillicAndRussian() throws Exception {
        for (String holder : List.of("Oʻgʻiloy Gʻofurova", "Ўғилой Ғофурова Қаҳҳоровна", "Мадина Эргашева-Ёқубова")) {
            byte[] pdf = render(holder, "uz");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains(holder);
                assertThat(text).contains("bir yillik oʻquv dasturini").contains(VerificationCode.format(CODE))
                        .contains("Davlat boshqaruvi akademiyasi rektori").contains(URL);
                assertThat(doc.getPage(0).getMediaBox().getWidth()).as("landscape").isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            }
        }
        try (PDDocument doc = Loader.loadPDF(render("Мадина Эргашева", "ru"))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("успешно завершил(а)").contains("Мониторинг прав ребёнка");
        }
    }

    @Test
    void theQrCodeDecodesToTheVerificationAddress() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render("Aziz Tashkentov", "en"))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
            assertThat(new QRCodeReader().decode(bitmap, Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true)).getText())
                    .isEqualTo(URL);
        }
    }

    @Test
    void veraPdfFindsItPdfA2bConformant() throws Exception {
        byte[] pdf = render("Ўғилой Ғофурова", "uz");
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }

    @Test
    void aNameWithCharactersTheFontLacksIsStillPrintedWhatItCanBeAndStaysPdfA() throws Exception {
        byte[] pdf = render("Aziz 😀 Tashkentov 王", "uz");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Aziz Tashkentov ?").doesNotContain("😀", "王");
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
    }

    @Test
    void theSameContentGivesTheSameBytes() {
        assertThat(render("Aziz Tashkentov", "en")).isEqualTo(render("Aziz Tashkentov", "en"));
    }
}
