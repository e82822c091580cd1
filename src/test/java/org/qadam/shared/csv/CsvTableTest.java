package org.qadam.shared.csv;

import org.junit.jupiter.api.Test;
import org.qadam.shared.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {

    private static final Set<String> REQUIRED = Set.of("name", "email");
    private static final Set<String> KNOWN = Set.of("name", "email", "team");

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CsvTable read(String text) {
        return CsvTable.read(utf8(text), REQUIRED, KNOWN);
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> CsvTable.read(content, REQUIRED, KNOWN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void readsACommaSeparatedFile() {
        CsvTable cut = read("name,email\nAnn,ann@example.org\nBob,bob@example.org\n");

        assertThat(cut.columns()).containsExactly("name", "email");
        assertThat(cut.rows()).hasSize(2);
        assertThat(cut.rows().get(0).get("name")).isEqualTo("Ann");
        assertThat(cut.rows().get(0).get("email")).isEqualTo("ann@example.org");
        assertThat(cut.rows().get(1).get("name")).isEqualTo("Bob");
    }

    @Test
    void readsASemicolonSeparatedFileAsSpreadsheetsInRussianSettingsSaveIt() {
        CsvTable cut = read("name;email;team\r\nAnn;ann@example.org;Nur, Tashkent\r\n");

        assertThat(cut.columns()).containsExactly("name", "email", "team");
        assertThat(cut.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("name")).isEqualTo("Ann");
            assertThat(row.get("email")).isEqualTo("ann@example.org");
            assertThat(row.get("team")).isEqualTo("Nur, Tashkent");
        });
    }

    @Test
    void quotedCellsMayHoldTheDelimiter() {
        CsvTable cut = read("name,email,team\n\"Smith, Ann\",ann@example.org,\"Nur \"\"Light\"\"\"\n");

        assertThat(cut.rows().get(0).get("name")).isEqualTo("Smith, Ann");
        assertThat(cut.rows().get(0).get("team")).isEqualTo("Nur \"Light\"");
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        byte[] body = utf8("name,email\nAnn,ann@example.org\n");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        CsvTable cut = CsvTable.read(withBom, REQUIRED, KNOWN);

        assertThat(cut.columns()).containsExactly("name", "email");
        assertThat(cut.rows().get(0).get("name")).isEqualTo("Ann");
    }

    @Test
    void headerNamesAreTrimmedAndLowerCased() {
        CsvTable cut = read(" Name , EMAIL ,Team\nAnn,ann@example.org,Nur\n");

        assertThat(cut.columns()).containsExactly("name", "email", "team");
        assertThat(cut.rows().get(0).get("email")).isEqualTo("ann@example.org");
    }

    @Test
    void cellsAreStrippedAndAMissingCellReadsAsEmpty() {
        CsvTable cut = read("name,email,team\n  Ann  , ann@example.org \n");

        CsvTable.Row row = cut.rows().get(0);
        assertThat(row.get("name")).isEqualTo("Ann");
        assertThat(row.get("email")).isEqualTo("ann@example.org");
        assertThat(row.get("team")).isEmpty();
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemWithTheHeaderAsRowOne() {
        CsvTable cut = read("name,email\nAnn,ann@example.org\nBob,bob@example.org\nCem,cem@example.org\n");

        assertThat(cut.rows()).extracting(CsvTable.Row::number).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aRowIsCompleteOnlyWithAsManyCellsAsTheHeaderHasColumns() {
        CsvTable cut = read("name,email\nAnn,ann@example.org\nBob\nCem,cem@example.org,extra\n");

        assertThat(cut.rows()).hasSize(3);
        assertThat(cut.isComplete(cut.rows().get(0))).isTrue();
        assertThat(cut.isComplete(cut.rows().get(1))).isFalse();
        assertThat(cut.isComplete(cut.rows().get(2))).isFalse();
        assertThat(cut.rows().get(2).size()).isEqualTo(3);
    }

    @Test
    void cyrillicAndUzbekValuesSurvive() {
        String uzbek = "O\u02BBg\u02BBiloy O\u02BBzbekiston";
        CsvTable cut = read("name;email;team\nАнна Петровна;anna@example.org;" + uzbek + "\n");

        assertThat(cut.rows().get(0).get("name")).isEqualTo("Анна Петровна");
        assertThat(cut.rows().get(0).get("team")).isEqualTo(uzbek).contains("\u02BB");
    }

    @Test
    void aHeaderOnlyFileHasNoRows() {
        CsvTable cut = read("name,email\n");

        assertThat(cut.columns()).containsExactly("name", "email");
        assertThat(cut.rows()).isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], "error.csv.empty");
        assertRefused(null, "error.csv.empty");
    }

    @Test
    void refusesAFileWithoutAHeader() {
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "error.csv.empty");
        assertRefused(utf8("\n\r\n\n"), "error.csv.empty");
    }

    @Test
    void refusesAFileLargerThanOneMebibyte() {
        byte[] header = utf8("name,email\nAnn,");
        byte[] exactly = new byte[CsvTable.MAX_BYTES];
        Arrays.fill(exactly, (byte) 'a');
        System.arraycopy(header, 0, exactly, 0, header.length);

        assertThat(CsvTable.read(exactly, REQUIRED, KNOWN).rows()).hasSize(1);

        byte[] tooLarge = Arrays.copyOf(exactly, CsvTable.MAX_BYTES + 1);
        tooLarge[CsvTable.MAX_BYTES] = 'a';
        assertRefused(tooLarge, "error.csv.tooLarge");
    }

    @Test
    void refusesWindows1251Text() {
        byte[] cp1251 = "name,email\nАнна Петровна,anna@example.org\n".getBytes(Charset.forName("windows-1251"));

        assertRefused(cp1251, "error.csv.notUtf8");
    }

    @Test
    void refusesTextWithNulBytes() {
        assertRefused(utf8("name,email\nAnn\u0000,ann@example.org\n"), "error.csv.notText");
    }

    @Test
    void refusesAZipFileAsNotText() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("people.csv"));
            out.write(utf8("name,email\n"));
            out.closeEntry();
        }

        assertRefused(zip.toByteArray(), "error.csv.notText");
    }

    @Test
    void refusesAPngHeaderAsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertRefused(png, "error.csv.notText");
    }

    @Test
    void refusesAnUnknownColumnSoThatAMisspeltHeaderIsNotIgnored() {
        assertThatThrownBy(() -> read("name,emial\nAnn,ann@example.org\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.csv.unknownColumn");
                    assertThat(e.arguments()[0]).isEqualTo("emial");
                });
    }

    @Test
    void refusesAFileWithoutARequiredColumn() {
        assertThatThrownBy(() -> read("name,team\nAnn,Nur\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.csv.missingColumn");
                    assertThat(e.arguments()).containsExactly("email");
                });
    }

    @Test
    void anOptionalColumnMayBeLeftOut() {
        assertThat(read("email,name\nann@example.org,Ann\n").columns()).containsExactly("email", "name");
    }

    @Test
    void refusesAColumnNamedTwiceEvenInAnotherCase() {
        assertRefused(utf8("name,email,Name\nAnn,ann@example.org,Ann\n"), "error.csv.duplicateColumn");
    }

    @Test
    void acceptsFiveThousandRowsAndRefusesMore() {
        StringBuilder text = new StringBuilder("name,email\n");
        for (int i = 0; i < CsvTable.MAX_ROWS; i++) {
            text.append("p").append(i).append(",p").append(i).append("@example.org\n");
        }
        CsvTable full = read(text.toString());
        assertThat(full.rows()).hasSize(CsvTable.MAX_ROWS);
        assertThat(full.rows().get(CsvTable.MAX_ROWS - 1).number()).isEqualTo(CsvTable.MAX_ROWS + 1L);

        text.append("one,more@example.org\n");
        assertRefused(utf8(text.toString()), "error.csv.tooManyRows");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertRefused(utf8("name,email\n\"Ann,ann@example.org\nBob,bob@example.org\n"), "error.csv.malformed");
    }
}
