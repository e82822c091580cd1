package org.qadam.identity.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageSwitchTest {

    @Test
    void goesBackToThePageItCameFromWithItsParameters() {
        assertThat(LanguageSwitch.safeReturn("", "/my-cohort.xhtml?id=7")).isEqualTo("/my-cohort.xhtml?id=7");
        assertThat(LanguageSwitch.safeReturn("/qadam", "/qadam/lesson.xhtml?cohort=1&lesson=a"))
                .isEqualTo("/qadam/lesson.xhtml?cohort=1&lesson=a");
        assertThat(LanguageSwitch.safeReturn("", "/verify/QDM-7K2P-9XHT")).isEqualTo("/verify/QDM-7K2P-9XHT");
    }

    @Test
    void neverSendsAnyoneToAnotherSite() {
        assertThat(LanguageSwitch.safeReturn("", "//evil.example/x")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "https://evil.example/")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "/\\evil.example")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "evil.example")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("/qadam", "/other-app/page")).isEqualTo("/qadam/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("/qadam", "/qadam/../other-app/page")).isEqualTo("/qadam/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "/./index.xhtml")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "/lesson.xhtml?lesson=a/../b")).as("dots in the query are data")
                .isEqualTo("/lesson.xhtml?lesson=a/../b");
    }

    @Test
    void refusesWhatCouldSplitTheRedirectOrIsMissing() {
        assertThat(LanguageSwitch.safeReturn("", "/index.xhtml\r\nSet-Cookie: x=y")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "/a b")).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "/Ä")).as("not percent-encoded").isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", null)).isEqualTo("/index.xhtml");
        assertThat(LanguageSwitch.safeReturn("", "/" + "a".repeat(3000))).isEqualTo("/index.xhtml");
    }
}
