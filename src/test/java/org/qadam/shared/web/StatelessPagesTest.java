package org.qadam.shared.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link StatelessViews} makes the views of the pages it lists transient. A transient view keeps nothing between
 * requests, so such a page must have no Faces form (a postback would rebuild the view from scratch and PrimeFaces
 * could no longer check the script nonce it sends) and no view-scoped bean (it would start anew on every request).
 * And a page that needs neither is on the list, so that a new read-only page does not pay for a view map it never
 * uses. A page is read with its template and everything it includes, comments left out (Faces skips them).
 */
class StatelessPagesTest {

    private static final Path WEBAPP = Path.of("src", "main", "webapp");
    /** the template of a composition, a decoration or an include: all of Qadam's are under /WEB-INF/ */
    private static final Pattern INCLUDE = Pattern.compile("<ui:(?:composition|decorate|include)\\b[^>]*?\\b(?:template|src)=\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern FORM = Pattern.compile("<h:form\\b|<form\\b[^>]*\\bjsf:");
    private static final Pattern EXPRESSION = Pattern.compile("[#$]\\{([^}]*)}");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'])([a-z][A-Za-z0-9]*)");
    private static final Pattern NAMED_CLASS = Pattern.compile(
            "@(?:jakarta\\.inject\\.)?Named\\s*(?:\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"\\s*\\))?[\\s\\S]*?\\b(?:class|record)\\s+(\\w+)");
    private static final Pattern VIEW_SCOPED = Pattern.compile("@(?:jakarta\\.faces\\.view\\.)?ViewScoped\\b");

    /** bean name: whether the bean is view-scoped */
    private static final Map<String, Boolean> BEANS = new HashMap<>();

    @BeforeAll
    static void readBeans() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, UTF_8);
                Matcher m = NAMED_CLASS.matcher(text);
                if (m.find()) {
                    String name = m.group(1) != null ? m.group(1)
                            : Character.toLowerCase(m.group(2).charAt(0)) + m.group(2).substring(1);
                    BEANS.put(name, VIEW_SCOPED.matcher(text).find());
                }
            }
        }
        BEANS.put("viewScope", true);
        assertEquals(Boolean.FALSE, BEANS.get("myCycleBacking"), "the beans are read from the sources: " + BEANS);
        assertEquals(Boolean.TRUE, BEANS.get("courseBacking"), "the beans are read from the sources: " + BEANS);
    }

    @Test
    void aStatelessPageHasNoFormAndNoViewScopedBean() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path page : pages()) {
            if (!StatelessViews.VIEW_IDS.contains(viewId(page))) {
                continue;
            }
            String text = withIncludes(page);
            if (FORM.matcher(text).find()) {
                wrong.add(page + " has a Faces form");
            }
            for (String bean : viewScopedBeans(text)) {
                wrong.add(page + " uses the view-scoped " + bean);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPageWithoutFormOrViewScopedBeanIsStateless() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            String text = withIncludes(page);
            if (!FORM.matcher(text).find() && viewScopedBeans(text).isEmpty()
                    && !StatelessViews.VIEW_IDS.contains(viewId(page))) {
                missing.add(viewId(page));
            }
        }
        assertEquals(List.of(), missing, "pages that keep a view they never use");
    }

    @Test
    void everyListedPageExists() {
        for (String viewId : StatelessViews.VIEW_IDS) {
            assertTrue(Files.isRegularFile(WEBAPP.resolve(viewId.substring(1))), viewId);
        }
    }

    @Test
    void theRulesSeeWhatThePagesUse() throws IOException {
        // the checks above see a view-scoped bean and a form where there is one, the template is read with the page,
        // and a form in a comment is not one
        assertEquals(Set.of("courseBacking"), viewScopedBeans(withIncludes(WEBAPP.resolve("course.xhtml"))));
        assertTrue(FORM.matcher(withIncludes(WEBAPP.resolve("lesson.xhtml"))).find());
        assertTrue(withIncludes(WEBAPP.resolve("index.xhtml")).contains("class=\"topbar\""));
        assertTrue(FORM.matcher("<form id=\"f\" jsf:id=\"f\">").find());
        assertTrue(COMMENT.matcher("<!-- <h:form> -->").replaceAll("").isEmpty());
    }

    private static String viewId(Path page) {
        return "/" + WEBAPP.relativize(page).toString().replace('\\', '/');
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .filter(p -> !p.startsWith(WEBAPP.resolve("WEB-INF")) && !p.startsWith(WEBAPP.resolve("resources")))
                    .sorted().toList();
            assertTrue(pages.size() > 20, "the pages are found: " + pages);
            return pages;
        }
    }

    /** The page with the text of its template and the files it includes (and they include) put after it. */
    private static String withIncludes(Path page) throws IOException {
        StringBuilder text = new StringBuilder(read(page));
        Set<String> seen = new TreeSet<>();
        for (int from = 0; from < text.length(); ) {
            Matcher m = INCLUDE.matcher(text);
            if (!m.find(from)) {
                break;
            }
            from = m.end();
            String included = m.group(1);
            assertTrue(included.startsWith("/WEB-INF/"), page + " includes " + included + ": the check reads /WEB-INF/ only");
            if (seen.add(included)) {
                text.append('\n').append(read(WEBAPP.resolve(included.substring(1))));
            }
        }
        return text.toString();
    }

    private static String read(Path file) throws IOException {
        return COMMENT.matcher(Files.readString(file, UTF_8)).replaceAll("");
    }

    private static Set<String> viewScopedBeans(String text) {
        Set<String> found = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher id = IDENTIFIER.matcher(expression.group(1));
            while (id.find()) {
                if (Boolean.TRUE.equals(BEANS.get(id.group(1)))) {
                    found.add(id.group(1));
                }
            }
        }
        return found;
    }
}
