package org.qadam.curriculum;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private final MarkdownRenderer cut = new MarkdownRenderer();

    @Test
    void headingsListsTablesAndLinksSurvive() {
        String html = cut.toHtml("""
                # Title

                - [ ] one
                - two

                | a | b |
                |---|---|
                | 1 | 2 |

                [UNICEF](https://www.unicef.org/)
                """);
        assertThat(html).contains("<h1>Title</h1>", "<li>", "<table>", "<td>1</td>", "href=\"https://www.unicef.org/\"");
    }

    @Test
    void scriptHandlersFramesAndJavascriptLinksAreRemoved() {
        String html = cut.toHtml("""
                <script>alert(1)</script>

                <img src="x" onerror="alert(2)">

                <iframe src="https://example.org"></iframe>

                [click](javascript:alert(3)) <a href="#" onclick="alert(4)">x</a>
                """);
        assertThat(html).doesNotContain("<script", "alert(", "onerror", "onclick", "<iframe", "javascript:");
    }

    @Test
    void onlyImagesShippedWithTheCourseAreKept() {
        assertThat(cut.toHtml("![map](images/region-map.png)")).contains("src=\"images/region-map.png\"");
        assertThat(cut.toHtml("![tracker](https://tracker.example/pixel.png)")).doesNotContain("tracker.example");
    }
}
