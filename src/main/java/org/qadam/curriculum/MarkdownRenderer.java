package org.qadam.curriculum;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;

/**
 * Course Markdown to safe HTML: CommonMark with tables, then an allow-list sanitiser, so that a course
 * file cannot bring script, event handlers, frames, forms or styles into a page. Runs at import only;
 * pages show the stored result. Thread-safe.
 */
public final class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false).build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("noopener", "noreferrer")
                    .allowElements("img").allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(java.util.regex.Pattern.compile("images/[a-z0-9._-]+")).onElements("img")
                    .allowElements("pre", "code", "hr", "br", "del", "input")
                    .allowAttributes("type").matching(true, "checkbox").onElements("input")
                    .allowAttributes("checked", "disabled").onElements("input")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    public String toHtml(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
