package org.qadam.shared.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names people upload, made safe to store and to send back: no folders (so "../../etc/passwd" is
 * just "passwd"), no control or reserved characters, no leading dots, at most 150 characters, and the
 * extension of the type the content really is.
 */
public final class SafeFileName {

    public static final int MAX_LENGTH = 150;

    private SafeFileName() {
    }

    /** A safe name for an upload whose content is of the type {@code extension} ("pdf", "docx"...). */
    public static String of(String typed, String extension) {
        String name = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        name = clean.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        String ext = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
        String stem = name;
        int dot = name.lastIndexOf('.');
        if (dot > 0 && name.substring(dot + 1).toLowerCase(Locale.ROOT).equals(ext)) {
            stem = name.substring(0, dot);
        }
        if (stem.isBlank()) {
            stem = "file";
        }
        int room = MAX_LENGTH - (ext.isEmpty() ? 0 : ext.length() + 1);
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room)).strip();
        }
        return ext.isEmpty() ? stem : stem + "." + ext;
    }

    /**
     * A Content-Disposition header value that every browser reads the same way: an ASCII fallback and the
     * real name in RFC 5987 encoding.
     */
    public static String contentDisposition(boolean inline, String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^\\x20-\\x7E]", "")
                .replace("\"", "").replace("\\", "").replace(";", "_").strip();
        if (ascii.isEmpty() || ascii.startsWith(".")) {
            ascii = "file" + ascii;
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
