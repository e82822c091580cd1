package org.qadam.browser;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.qadam.demo.DemoData;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate from the holder to anyone who checks it: the demo learner, who completed last year's
 * pilot, downloads the certificate; an anonymous visitor opens the address in its QR code and reads
 * "valid"; a coordinator issues the proposed certificates with the progress bar and revokes the learner's;
 * the visitor then reads "revoked"; an unknown code is not found and a mistyped one is a typo.
 */
class CertificateBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theHolderDownloadsItAVisitorVerifiesItByItsQrCodeAndAfterRevocationSeesItRevoked() throws Exception {
        // the holder downloads the certificate from the home page
        browser.signIn("learner@qadam.example", DemoData.PASSWORD);
        assertThat(browser.has(By.id("myCertificates"))).as(() -> browser.text(By.id("main"))).isTrue();
        browser.driver.findElement(By.cssSelector("#myCertificates a.download")).click();
        Path pdf = browser.downloaded(".pdf");
        String url;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Aziz Tashkentov");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, true)).getText();
        }
        assertThat(url).startsWith(browser.base + "verify/");
        String code = url.substring(url.lastIndexOf('/') + 1);

        // anyone, signed out, opens the QR code's address
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(url);
        assertThat(browser.driver.findElement(By.id("result")).getAttribute("class")).contains("verification-VALID");
        assertThat(browser.text(By.id("holder"))).isEqualTo("Aziz Tashkentov");
        browser.screenshot("verify-valid-anonymous");

        // the coordinator revokes Aziz's certificate, then issues the pilot cohort's proposed ones with the progress bar
        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        browser.click(By.cssSelector(".mainmenu a[href='/coordinator/certificates.xhtml']"));
        browser.typeAndWaitForAnswer("register:text", code);
        browser.waitForText(By.id("register:table"), "Aziz Tashkentov");
        browser.click(By.cssSelector("#register\\:table button[id$='revoke']"));
        browser.type("revokeForm:reason", "Issued in error");
        browser.click("revokeForm:confirm");
        browser.waitForText(By.id("register:table"), "Issued in error");
        browser.click(By.cssSelector(".mainmenu a[href='/cohorts.xhtml']"));
        browser.click(By.xpath("//a[contains(normalize-space(), '(pilot)')]"));
        assertThat(browser.text(By.id("proposed"))).as("Madina's, and Aziz's again now that his is revoked").contains(": 2");
        browser.click("certificates:issueAll");
        browser.waitForText(By.id("messages"), "2");
        assertThat(browser.text(By.id("proposed"))).contains(": 0");

        // the visitor sees the revocation, a wrong code is not found, a mistyped one is a typo
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(url);
        assertThat(browser.driver.findElement(By.id("result")).getAttribute("class")).contains("verification-REVOKED");
        assertThat(browser.text(By.id("reason"))).isEqualTo("Issued in error");
        browser.type("code", "7K3M-Q9TX-2BHD-WZ4R-" + checkOf("7K3MQ9TX2BHDWZ4R"));
        browser.clickAndLeave("check");
        assertThat(browser.driver.findElement(By.id("result")).getAttribute("class")).contains("verification-NOT_FOUND");
        char last = code.charAt(code.length() - 1);
        String typo = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
        browser.type("code", typo);
        browser.clickAndLeave("check");
        assertThat(browser.driver.findElement(By.id("result")).getAttribute("class")).contains("verification-TYPO");
        browser.screenshot("verify-typo-anonymous");
        assertThat(browser.driver.getCurrentUrl()).as("the form is sent by GET: the result has an address of its own")
                .contains("verify.xhtml?code=");
        assertThat(browser.driver.findElement(By.id("code")).getAttribute("value")).as("what was typed stays in the field")
                .isEqualTo(typo);
        assertThat(browser.has(By.name("jakarta.faces.ViewState"))).as("no view state kept for a visitor").isFalse();
        browser.type("code", "");
        browser.clickAndLeave("check");
        assertThat(browser.driver.findElement(By.id("result")).getAttribute("class")).as("an empty code is told it is not one")
                .contains("verification-MALFORMED");
    }

    /** The check character of a payload (Luhn mod 32 over Crockford's base 32), so that the code is well formed. */
    private static char checkOf(String payload) {
        String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * alphabet.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return alphabet.charAt((32 - sum % 32) % 32);
    }
}
