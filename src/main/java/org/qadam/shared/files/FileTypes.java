package org.qadam.shared.files;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * What a file really is, read from its bytes by Apache Tika, never from its name or what the browser
 * says; and the short names courses use for allowed types ({@code fileTypes: [pdf, docx, odt]}).
 */
public final class FileTypes {

    /** Short name to media type, for the types a course may allow. */
    public static final Map<String, String> KNOWN;

    static {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("pdf", "application/pdf");
        known.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        known.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        known.put("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
        known.put("odt", "application/vnd.oasis.opendocument.text");
        known.put("ods", "application/vnd.oasis.opendocument.spreadsheet");
        known.put("odp", "application/vnd.oasis.opendocument.presentation");
        known.put("png", "image/png");
        known.put("jpg", "image/jpeg");
        known.put("txt", "text/plain");
        KNOWN = Map.copyOf(known);
    }

    /** Types a browser may show in the page, under a sandboxing Content-Security-Policy. */
    private static final Set<String> VIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
    private static final String OOXML = "application/x-tika-ooxml";

    private FileTypes() {
    }

    /** The media type of the file's content, without parameters (e.g. "application/pdf"). */
    public static String detect(Path file) throws IOException {
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file)) {
            type = DETECTOR.detect(in, new Metadata());
        }
        String base = type.getBaseType().toString();
        return OOXML.equals(base) ? ooxml(file).orElse(base) : base;
    }

    /** The short name of a detected type among the allowed ones, if it is one of them. */
    public static Optional<String> allowed(String mediaType, List<String> allowedShortNames) {
        return allowedShortNames.stream().filter(s -> mediaType.equals(KNOWN.get(s))).findFirst();
    }

    public static boolean viewable(String mediaType) {
        return VIEWABLE.contains(mediaType);
    }

    /** Office Open XML files are zip packages; the main part says which kind. */
    private static Optional<String> ooxml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("word/document.xml") != null) {
                return Optional.of(KNOWN.get("docx"));
            }
            if (zip.getEntry("xl/workbook.xml") != null) {
                return Optional.of(KNOWN.get("xlsx"));
            }
            if (zip.getEntry("ppt/presentation.xml") != null) {
                return Optional.of(KNOWN.get("pptx"));
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }
}
