package org.qadam.shared.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTest {

    private static final List<String> COURSE_TYPES = List.of("pdf", "docx", "odt", "xlsx");

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    @TempDir
    Path dir;

    // --- building real files

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="%s" ContentType="%s"/>
            </Types>
            """;

    private static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
            </Relationships>
            """;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path zip(String name, Map<String, String> entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path pdf(String name) throws IOException {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return write(name, pdf.getBytes(StandardCharsets.US_ASCII));
    }

    private Path docx(String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES.formatted("/word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"));
        entries.put("_rels/.rels", RELS.formatted("word/document.xml"));
        entries.put("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>
                """);
        return zip(name, entries);
    }

    private Path xlsx(String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES.formatted("/xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"));
        entries.put("_rels/.rels", RELS.formatted("xl/workbook.xml"));
        entries.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>
                """);
        return zip(name, entries);
    }

    private Path pptx(String name) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES.formatted("/ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"));
        entries.put("_rels/.rels", RELS.formatted("ppt/presentation.xml"));
        entries.put("ppt/presentation.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>
                """);
        return zip(name, entries);
    }

    private Path odt(String name) throws IOException {
        Path file = dir.resolve(name);
        byte[] mimetype = ODT.getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                    <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                    <office:body><office:text><text:p>Hello</text:p></office:text></office:body></office:document-content>
                    """.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private Path png(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] type = "IHDR".getBytes(StandardCharsets.US_ASCII);
        byte[] data = ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0)
                .put((byte) 0).array();
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(type);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return write(name, out.toByteArray());
    }

    private Path exe(String name) throws IOException {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[2] = (byte) 0x90;
        bytes[4] = 3;
        bytes[8] = 4;
        bytes[12] = (byte) 0xFF;
        bytes[13] = (byte) 0xFF;
        bytes[16] = (byte) 0xB8;
        bytes[24] = 0x40;
        bytes[0x3C] = (byte) 0x80; // PE header offset
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4E, stub.length);
        return write(name, bytes);
    }

    private Path text(String name) throws IOException {
        return write(name, "Meeting notes\nWe agreed on the budget for 2027.\nНовая строка по-русски.\n"
                .getBytes(StandardCharsets.UTF_8));
    }

    // --- detection

    @Test
    void aPdfIsAPdf() throws IOException {
        String type = FileTypes.detect(pdf("report.pdf"));

        assertThat(type).isEqualTo(PDF);
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).contains("pdf");
        assertThat(FileTypes.viewable(type)).isTrue();
    }

    @Test
    void aWordDocumentIsDocx() throws IOException {
        String type = FileTypes.detect(docx("answer.docx"));

        assertThat(type).isEqualTo(DOCX);
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).contains("docx");
        assertThat(FileTypes.viewable(type)).isFalse();
    }

    @Test
    void aSpreadsheetIsXlsx() throws IOException {
        String type = FileTypes.detect(xlsx("budget.xlsx"));

        assertThat(type).isEqualTo(XLSX);
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).contains("xlsx");
    }

    @Test
    void aPresentationIsPptxButNotAllowedByTheCourse() throws IOException {
        String type = FileTypes.detect(pptx("slides.pptx"));

        assertThat(type).isEqualTo(PPTX);
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
        assertThat(FileTypes.allowed(type, List.of("pptx"))).contains("pptx");
    }

    @Test
    void anOpenDocumentTextIsOdt() throws IOException {
        String type = FileTypes.detect(odt("answer.odt"));

        assertThat(type).isEqualTo(ODT);
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).contains("odt");
    }

    @Test
    void aPngIsAnImageTheCourseDoesNotAllow() throws IOException {
        String type = FileTypes.detect(png("photo.png"));

        assertThat(type).isEqualTo("image/png");
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
        assertThat(FileTypes.allowed(type, List.of("pdf", "png"))).contains("png");
        assertThat(FileTypes.viewable(type)).isTrue();
    }

    @Test
    void plainTextIsText() throws IOException {
        String type = FileTypes.detect(text("notes.txt"));

        assertThat(type).isEqualTo("text/plain");
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
        assertThat(FileTypes.allowed(type, List.of("txt"))).contains("txt");
    }

    @Test
    void aProgramNamedPdfIsNotAPdf() throws IOException {
        String type = FileTypes.detect(exe("evil.pdf"));

        assertThat(type).isNotEqualTo(PDF).startsWith("application/x-");
        assertThat(type).isIn("application/x-msdownload", "application/x-dosexec", "application/x-ms-installer");
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
        assertThat(FileTypes.allowed(type, List.copyOf(FileTypes.KNOWN.keySet()))).isEmpty();
        assertThat(FileTypes.viewable(type)).isFalse();
    }

    @Test
    void aPlainZipNamedDocxIsNotADocument() throws IOException {
        Path zip = zip("answer.docx", Map.of("readme.txt", "not a document", "data/values.csv", "a,b\n1,2\n"));

        String type = FileTypes.detect(zip);

        assertThat(type).isEqualTo("application/zip");
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
    }

    @Test
    void anOfficePackageWithoutAMainPartIsNoneOfTheAllowedTypes() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", CONTENT_TYPES.formatted("/other/part.xml", "application/xml"));
        entries.put("_rels/.rels", RELS.formatted("other/part.xml"));
        entries.put("other/part.xml", "<x/>");

        String type = FileTypes.detect(zip("package.docx", entries));

        assertThat(type).isNotIn(DOCX, XLSX, PPTX);
        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
    }

    @Test
    void namesDoNotMatter() throws IOException {
        assertThat(FileTypes.detect(pdf("scan.docx"))).isEqualTo(PDF);
        assertThat(FileTypes.detect(pdf("no-extension"))).isEqualTo(PDF);
        assertThat(FileTypes.detect(docx("answer.pdf"))).isEqualTo(DOCX);
        assertThat(FileTypes.detect(docx("answer"))).isEqualTo(DOCX);
        assertThat(FileTypes.detect(xlsx("budget.odt"))).isEqualTo(XLSX);
        assertThat(FileTypes.detect(odt("answer.docx"))).isEqualTo(ODT);
        assertThat(FileTypes.detect(odt("answer.bin"))).isEqualTo(ODT);
        assertThat(FileTypes.detect(png("photo.pdf"))).isEqualTo("image/png");
        assertThat(FileTypes.detect(text("notes.pdf"))).isEqualTo("text/plain");
        assertThat(FileTypes.detect(exe("evil.exe"))).isEqualTo(FileTypes.detect(exe("evil.pdf")));
    }

    @Test
    void anEmptyFileIsNoneOfTheAllowedTypes() throws IOException {
        String type = FileTypes.detect(write("empty.pdf", new byte[0]));

        assertThat(FileTypes.allowed(type, COURSE_TYPES)).isEmpty();
    }

    // --- allowed

    @Test
    void allowedGivesTheShortNameOfAnAllowedType() {
        assertThat(FileTypes.allowed(PDF, COURSE_TYPES)).isEqualTo(Optional.of("pdf"));
        assertThat(FileTypes.allowed(DOCX, COURSE_TYPES)).isEqualTo(Optional.of("docx"));
        assertThat(FileTypes.allowed(ODT, COURSE_TYPES)).isEqualTo(Optional.of("odt"));
        assertThat(FileTypes.allowed(XLSX, COURSE_TYPES)).isEqualTo(Optional.of("xlsx"));
        assertThat(FileTypes.allowed(PDF, List.of("docx"))).isEmpty();
        assertThat(FileTypes.allowed(PDF, List.of())).isEmpty();
        assertThat(FileTypes.allowed("application/zip", COURSE_TYPES)).isEmpty();
        assertThat(FileTypes.allowed(PDF, List.of("unknown", "pdf"))).contains("pdf");
    }
}
