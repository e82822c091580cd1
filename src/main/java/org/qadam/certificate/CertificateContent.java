package org.qadam.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a certificate's PDF says, fixed at the moment of issue: texts per language code, the
 * holder's language deciding which one is printed.
 */
public record CertificateContent(String holderName, String language, Map<String, String> courseTitle,
                                 Map<String, String> wording, String cohortName, LocalDate startsOn, LocalDate endsOn,
                                 LocalDate issuedOn, String code, String verifyUrl, List<Signatory> signatories) {

    /** A signatory as printed: name and title per language, and optional signature and logo images (PNG or JPEG). */
    public record Signatory(Map<String, String> name, Map<String, String> title, byte[] signature, byte[] logo) {
    }

    /** A text in the holder's language, else in English, else any. */
    public String in(Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String text = texts.get(language);
        if (text == null) {
            text = texts.get("en");
        }
        return text != null ? text : texts.values().iterator().next();
    }
}
