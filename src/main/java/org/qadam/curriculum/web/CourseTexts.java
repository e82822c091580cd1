package org.qadam.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.identity.web.ActiveUser;
import org.qadam.shared.i18n.Language;

import java.util.Map;

/**
 * Picks a course text in the reader's language, or in the first fallback language that has it, and
 * says when it did so. Used by every curriculum page as {@code #{courseTexts.of(...)}}.
 */
@Named
@RequestScoped
public class CourseTexts {

    @Inject
    ActiveUser activeUser;

    /** The order in which other languages stand in for a missing text: qadam.languages.fallback. */
    @Inject
    @ConfigProperty(name = "qadam.languages.fallback", defaultValue = "uz,ru,en")
    String fallback;

    @Inject
    org.qadam.curriculum.Curriculum curriculum;

    private Map<String, Map<String, String>> titles;

    /** A course's title (of its latest version) in the reader's language, by its code; the code if unknown. */
    public String titleOf(String courseCode) {
        if (titles == null) {
            titles = new java.util.HashMap<>();
            curriculum.catalogue().forEach(entry -> titles.put(entry.code(), entry.title()));
        }
        Map<String, String> title = titles.get(courseCode);
        return title == null ? courseCode : of(title);
    }

    public String of(Map<String, String> texts) {
        String code = shownIn(texts);
        return code == null ? "" : texts.get(code);
    }

    /** True when the text is shown in another language than the reader's. */
    public boolean isFallback(Map<String, String> texts) {
        String code = shownIn(texts);
        return code != null && !code.equals(activeUser.language().code());
    }

    /** The name, in its own language, of the language a text is shown in. */
    public String languageOf(Map<String, String> texts) {
        String code = shownIn(texts);
        return code == null ? "" : Language.fromCode(code).map(Language::nativeName).orElse(code);
    }

    /** CRC article numbers as a reader writes them: "3, 12". */
    public String articles(java.util.List<Integer> crc) {
        return crc == null ? "" : String.join(", ", crc.stream().map(String::valueOf).toList());
    }

    private String shownIn(Map<String, String> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        Language wanted = activeUser.language();
        if (texts.containsKey(wanted.code())) {
            return wanted.code();
        }
        return java.util.Arrays.stream(fallback.split(",")).map(String::strip).filter(texts::containsKey).findFirst()
                .orElse(texts.keySet().iterator().next());
    }
}
