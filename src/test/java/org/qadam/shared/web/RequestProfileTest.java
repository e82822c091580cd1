package org.qadam.shared.web;

import org.junit.jupiter.api.Test;
import org.qadam.shared.persistence.StatementCount;

import static org.assertj.core.api.Assertions.assertThat;

class RequestProfileTest {

    @Test
    void oneLineWithSpaceSeparatedFieldsInMillisecondsWithAPoint() {
        assertThat(RequestProfile.line("GET", "/index.xhtml", 200, 12_345_678, new StatementCount.Snapshot(4, 3_140_000)))
                .isEqualTo("PROFILE GET /index.xhtml 200 total=12.3ms sql=4 db=3.1ms");
    }

    @Test
    void thePathLeavesOutPathParameters() {
        assertThat(RequestProfile.line("POST", "/grade.xhtml;jsessionid=abc", 302, 1_000_000, new StatementCount.Snapshot(0, 0)))
                .isEqualTo("PROFILE POST /grade.xhtml 302 total=1.0ms sql=0 db=0.0ms");
    }
}
