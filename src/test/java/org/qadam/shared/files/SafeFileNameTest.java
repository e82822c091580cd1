package org.qadam.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SafeFileNameTest {

    private static final Pattern HEADER = Pattern.compile(
            "(inline|attachment); filename=\"([^\"]*)\"; filename\\*=UTF-8''(.*)");

    private static Matcher header(boolean inline, String name) {
        String value = SafeFileName.contentDisposition(inline, name);
        Matcher m = HEADER.matcher(value);
        assertThat(m.matches()).as("well-formed header: %s", value).isTrue();
        return m;
    }

    /** RFC 5987 keeps '+' as itself, whereas URLDecoder would read it as a space. */
    private static String decode5987(String encoded) {
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    // --- of

    @Test
    void anOrdinaryNameIsKept() {
        assertThat(SafeFileName.of("report.pdf", "pdf")).isEqualTo("report.pdf");
        assertThat(SafeFileName.of("Final report (v2) - 2027.docx", "docx")).isEqualTo("Final report (v2) - 2027.docx");
    }

    @Test
    void foldersAreDropped() {
        assertThat(SafeFileName.of("../../etc/passwd.pdf", "pdf")).isEqualTo("passwd.pdf");
        assertThat(SafeFileName.of("..\\..\\x.docx", "docx")).isEqualTo("x.docx");
        assertThat(SafeFileName.of("C:\\Users\\Dilnoza\\Desktop\\plan.xlsx", "xlsx")).isEqualTo("plan.xlsx");
        assertThat(SafeFileName.of("/var/tmp/../../root/.ssh/id_rsa.pdf", "pdf")).isEqualTo("id_rsa.pdf");
        assertThat(SafeFileName.of("a/b\\c/d.pdf", "pdf")).isEqualTo("d.pdf");
    }

    @Test
    void aNameThatIsOnlyFoldersBecomesFile() {
        assertThat(SafeFileName.of("../../", "pdf")).isEqualTo("file.pdf");
        assertThat(SafeFileName.of("..", "pdf")).isEqualTo("file.pdf");
        assertThat(SafeFileName.of("..\\", "docx")).isEqualTo("file.docx");
    }

    @Test
    void controlCharactersAreReplaced() {
        assertThat(SafeFileName.of("a\tb\u0000c\u007Fd\u0085e.pdf", "pdf")).isEqualTo("a_b_c_d_e.pdf");
        assertThat(SafeFileName.of("line\r\nbreak.pdf", "pdf")).isEqualTo("line__break.pdf");
    }

    @Test
    void reservedCharactersAreReplaced() {
        assertThat(SafeFileName.of("a<b>c:d\"e|f?g*h.pdf", "pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    @Test
    void invisibleFormattingCharactersAreReplaced() {
        // a right-to-left override would show "evil\u202Efdp.exe" as "evilexe.pdf"
        assertThat(SafeFileName.of("evil\u202Efdp.exe", "pdf")).isEqualTo("evil_fdp.exe.pdf");
        assertThat(SafeFileName.of("zero\u200Bwidth.pdf", "pdf")).isEqualTo("zero_width.pdf");
    }

    @Test
    void leadingDotsAndSpacesAreRemoved() {
        assertThat(SafeFileName.of(".hidden.pdf", "pdf")).isEqualTo("hidden.pdf");
        assertThat(SafeFileName.of("...htaccess.pdf", "pdf")).isEqualTo("htaccess.pdf");
        assertThat(SafeFileName.of(" . . notes.pdf", "pdf")).isEqualTo("notes.pdf");
        assertThat(SafeFileName.of("  report.pdf  ", "pdf")).isEqualTo("report.pdf");
        assertThat(SafeFileName.of("report.pdf. . ", "pdf")).isEqualTo("report.pdf");
    }

    @Test
    void aNameWithNothingLeftBecomesFile() {
        assertThat(SafeFileName.of(null, "pdf")).isEqualTo("file.pdf");
        assertThat(SafeFileName.of("", "pdf")).isEqualTo("file.pdf");
        assertThat(SafeFileName.of("   ", "docx")).isEqualTo("file.docx");
        assertThat(SafeFileName.of("...", "pdf")).isEqualTo("file.pdf");
    }

    @Test
    void namesAreNormalisedToComposedForm() {
        String decomposed = "Pru\u0308fung e\u0301te\u0301.pdf";

        String safe = SafeFileName.of(decomposed, "pdf");

        assertThat(safe).isEqualTo("Pr\u00FCfung \u00E9t\u00E9.pdf");
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
        assertThat(SafeFileName.of("\u0419\u0438\u0306.docx", "docx")).isEqualTo("\u0419\u0439.docx");
    }

    @Test
    void cyrillicAndUzbekNamesAreKept() {
        assertThat(SafeFileName.of("Вазият таҳлили.pdf", "pdf")).isEqualTo("Вазият таҳлили.pdf");
        assertThat(SafeFileName.of("Oʻzbek hisobot.docx", "docx")).isEqualTo("Oʻzbek hisobot.docx");
        assertThat(SafeFileName.of("Gʻoya va reja — loyiha.odt", "odt")).isEqualTo("Gʻoya va reja — loyiha.odt");
        assertThat(SafeFileName.of("Қарор № 5.xlsx", "xlsx")).isEqualTo("Қарор № 5.xlsx");
    }

    @Test
    void theExtensionIsThatOfTheRealType() {
        assertThat(SafeFileName.of("report.exe", "pdf")).isEqualTo("report.exe.pdf");
        assertThat(SafeFileName.of("report", "pdf")).isEqualTo("report.pdf");
        assertThat(SafeFileName.of("report.pdf", "docx")).isEqualTo("report.pdf.docx");
        assertThat(SafeFileName.of("report.pdf.exe", "pdf")).isEqualTo("report.pdf.exe.pdf");
        assertThat(SafeFileName.of("report.", "pdf")).isEqualTo("report.pdf");
    }

    @Test
    void theExtensionIsMatchedAndWrittenInLowerCase() {
        assertThat(SafeFileName.of("REPORT.PDF", "pdf")).isEqualTo("REPORT.pdf");
        assertThat(SafeFileName.of("Report.Docx", "DOCX")).isEqualTo("Report.docx");
        assertThat(SafeFileName.of("report", "PDF")).isEqualTo("report.pdf");
    }

    @Test
    void withoutAKnownTypeTheNameKeepsItsOwnEnding() {
        assertThat(SafeFileName.of("notes.txt", null)).isEqualTo("notes.txt");
        assertThat(SafeFileName.of("notes", "")).isEqualTo("notes");
        assertThat(SafeFileName.of(null, null)).isEqualTo("file");
    }

    @Test
    void longNamesAreCutTo150CharactersKeepingTheExtension() {
        String safe = SafeFileName.of("a".repeat(300) + ".pdf", "pdf");

        assertThat(safe).hasSize(150).endsWith(".pdf").isEqualTo("a".repeat(146) + ".pdf");
        assertThat(SafeFileName.of("b".repeat(146) + ".pdf", "pdf")).isEqualTo("b".repeat(146) + ".pdf");
        assertThat(SafeFileName.of("c".repeat(147) + ".pdf", "pdf")).isEqualTo("c".repeat(146) + ".pdf");
        assertThat(SafeFileName.of("d".repeat(500), "docx")).isEqualTo("d".repeat(145) + ".docx");
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00"; // one code point, two chars

        String safe = SafeFileName.of(emoji.repeat(200) + ".pdf", "pdf");

        assertThat(safe.codePointCount(0, safe.length())).isEqualTo(150);
        assertThat(safe).isEqualTo(emoji.repeat(146) + ".pdf");
        String cyrillic = SafeFileName.of("Ж".repeat(200) + ".pdf", "pdf");
        assertThat(cyrillic).isEqualTo("Ж".repeat(146) + ".pdf");
    }

    @Test
    void aNameCutAtASpaceLosesTheSpace() {
        String safe = SafeFileName.of("a".repeat(145) + " tail.pdf", "pdf");

        assertThat(safe).isEqualTo("a".repeat(145) + ".pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd.pdf", "..\\..\\x.docx", "a<b>c:d.pdf", "\u0000\u0001.pdf", ".....", "CON.pdf",
            "x/../../y", "name\u202E.pdf", "Вазият таҳлили.pdf"})
    void noSafeNameHoldsAFolderAControlCharacterOrALeadingDot(String typed) {
        String safe = SafeFileName.of(typed, "pdf");

        assertThat(safe).doesNotContain("/", "\\", "..", "<", ">", ":", "\"", "|", "?", "*");
        assertThat(safe).doesNotStartWith(".").doesNotStartWith(" ").endsWith(".pdf");
        assertThat(safe.codePoints().noneMatch(Character::isISOControl)).isTrue();
        assertThat(safe.codePointCount(0, safe.length())).isLessThanOrEqualTo(SafeFileName.MAX_LENGTH);
    }

    // --- contentDisposition

    @Test
    void anAsciiNameIsSentAsItIs() {
        assertThat(SafeFileName.contentDisposition(true, "report.pdf"))
                .isEqualTo("inline; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
        assertThat(SafeFileName.contentDisposition(false, "report.pdf"))
                .isEqualTo("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
    }

    @Test
    void spacesAreKeptInTheFallbackAndEncodedInTheRealName() {
        assertThat(SafeFileName.contentDisposition(false, "final report.pdf"))
                .isEqualTo("attachment; filename=\"final report.pdf\"; filename*=UTF-8''final%20report.pdf");
    }

    @Test
    void aCyrillicNameFallsBackToFileAndIsEncodedAsUtf8() {
        String name = "Вазият таҳлили.pdf";

        Matcher m = header(false, name);

        assertThat(m.group(1)).isEqualTo("attachment");
        assertThat(m.group(2)).isEqualTo("file.pdf");
        assertThat(m.group(3)).startsWith("%D0%92%D0%B0%D0%B7%D0%B8%D1%8F%D1%82%20").endsWith(".pdf");
        assertThat(decode5987(m.group(3))).isEqualTo(name);
    }

    @Test
    void accentsFallBackToTheirBaseLetters() {
        Matcher uzbek = header(true, "Oʻzbek hisobot.docx");
        Matcher german = header(true, "Prüfung éé.pdf");

        assertThat(uzbek.group(1)).isEqualTo("inline");
        assertThat(uzbek.group(2)).isEqualTo("Ozbek hisobot.docx");
        assertThat(decode5987(uzbek.group(3))).isEqualTo("Oʻzbek hisobot.docx");
        assertThat(uzbek.group(3)).contains("O%CA%BBzbek");
        assertThat(german.group(2)).isEqualTo("Prufung ee.pdf");
        assertThat(decode5987(german.group(3))).isEqualTo("Prüfung éé.pdf");
    }

    @Test
    void theFallbackHasNoQuotesBackslashesOrSemicolons() {
        String name = "a \"quoted\"; b\\c; d=e.pdf";

        Matcher m = header(false, name);

        assertThat(m.group(2)).doesNotContain("\"", "\\", ";").isEqualTo("a quoted_ bc_ d=e.pdf");
        assertThat(decode5987(m.group(3))).isEqualTo(name);
        assertThat(m.group(3)).doesNotContain("\"", "\\", ";", " ", "=");
    }

    @Test
    void aHeaderCannotBeSplitByLineBreaks() {
        String name = "x\r\nSet-Cookie: a=b.pdf";

        String value = SafeFileName.contentDisposition(false, name);

        assertThat(value).doesNotContain("\r", "\n");
        Matcher m = header(false, name);
        assertThat(m.group(2)).isEqualTo("xSet-Cookie: a=b.pdf");
        assertThat(m.group(3)).contains("%0D%0A");
        assertThat(decode5987(m.group(3))).isEqualTo(name);
    }

    @Test
    void aFallbackStartingWithADotGetsAStem() {
        assertThat(header(false, "ЖЖ.docx").group(2)).isEqualTo("file.docx");
        assertThat(header(false, "日本語").group(2)).isEqualTo("file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.pdf", "Вазият таҳлили.pdf", "Oʻzbek hisobot.docx", "a+b=c & d (1) [2] {3}.pdf",
            "100% sure; 'quoted' \"twice\".pdf", "emoji \uD83D\uDE00 name.png", "tab\there.txt", "back\\slash.pdf",
            "~!#$&^_`|.odt", "日本語のファイル.xlsx"})
    void theEncodedNameUsesOnlyRfc5987CharactersAndDecodesToTheName(String name) {
        Matcher m = header(false, name);

        assertThat(m.group(3)).matches("[A-Za-z0-9!#$&+\\-.^_`|~]*(%[0-9A-F]{2}[A-Za-z0-9!#$&+\\-.^_`|~]*)*");
        assertThat(decode5987(m.group(3))).isEqualTo(name);
        assertThat(m.group(2)).matches("[\\x20-\\x7E]+").doesNotContain("\"", "\\", ";").doesNotStartWith(".");
    }
}
