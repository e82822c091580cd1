package org.qadam.shared.html;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.regex.Pattern;

/**
 * Rich text people type (answers, feedback) cleaned by an allow-list before it is stored: paragraphs,
 * headings, lists, emphasis, block quotes, code, tables and links. Scripts, styles, event handlers,
 * images, frames and forms are removed.
 */
public final class SafeHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                    .allowElements("pre", "code", "hr", "br", "s", "del", "sub", "sup")
                    // the editor marks alignment and indents with its own classes
                    .allowAttributes("class").matching(Pattern.compile("(ql-[a-z0-9-]+\\s?)+")).globally()
                    .toFactory());

    private SafeHtml() {
    }

    /** The allowed part of {@code html}; {@code null} for nothing but empty paragraphs and white space. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html).trim();
        // the sanitiser writes non-breaking spaces as the character itself; they, and other spaces, are not content
        String visible = safe.replaceAll("<[^>]*>", "").replace("&nbsp;", "").replace("&#160;", "")
                .replaceAll("[\\s\\u00A0\\u1680\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]", "");
        return visible.isEmpty() ? null : safe;
    }
}
