package org.qadam.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qadam.demo.DemoData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cohort from end to end in the browser: a coordinator creates it and enrols people from a CSV file
 * (preview, then confirm); a new learner sets a password through the one-time link and sees "My cycle"
 * with the first module open and the second closed; a trainer schedules a session and records attendance.
 */
class CohortBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aCoordinatorEnrolsFromCsvALearnerSeesMyCycleAndATrainerRecordsAttendance() throws IOException {
        String cohortName = "Browser cycle " + UUID.randomUUID().toString().substring(0, 6);
        String newEmail = "nodira-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tashkent"));

        // the coordinator (Russian) creates the cohort; dates are typed as a person would
        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        browser.click(By.cssSelector(".mainmenu a[href='/cohorts.xhtml']"));
        browser.type("cohortForm:name", cohortName);
        js("PrimeFaces.widgets['widget_cohortForm_course'].selectValue('ngo-cycle');");
        typeDate("cohortForm:startsOn_input", today.minusDays(1).toString());
        typeDate("cohortForm:endsOn_input", today.minusDays(2).toString());
        checkAll("cohortForm:regions");
        js("PrimeFaces.widgets['widget_cohortForm_trainers'].checkAll();");
        browser.type("cohortForm:capacity_input", "10");
        browser.click("cohortForm:create");
        assertThat(browser.text(By.id("messages"))).as("an end before the start is refused").contains("раньше, чем начнётся");
        assertThat(browser.driver.findElement(By.id("cohortForm:name")).getAttribute("value")).isEqualTo(cohortName);
        assertThat(browser.driver.findElement(By.id("cohortForm:startsOn_input")).getAttribute("value"))
                .as("the typed date is kept").isEqualTo(today.minusDays(1).toString());
        typeDate("cohortForm:endsOn_input", today.plusMonths(11).toString());
        browser.click("cohortForm:create");
        browser.screenshot("cohort-created-coordinator-ru");
        assertThat(browser.heading()).as(() -> browser.text(By.id("main"))).isEqualTo(cohortName);
        String cohortUrl = browser.driver.getCurrentUrl();

        // bulk enrolment: a preview that writes nothing, then the valid rows
        browser.click("enrolLink");
        Path csv = Path.of(System.getProperty("qadam.build.directory", "target"), "enrolment-" + UUID.randomUUID() + ".csv");
        Files.writeString(csv, String.join("\n",
                "email,name,organisation,region,team,language",
                newEmail + ",Nodira Rahimova,Bolalar Ovozi,SA,,uz",
                "learner2@qadam.example,Madina Ergasheva,Mehr Nuri,FA,,ru",
                "someone@example.org,Someone Else,Unknown NGO,Mars,,en",
                "not-an-email,No Email,Bolalar Ovozi,SA,,uz",
                newEmail + ",Nodira Again,Bolalar Ovozi,SA,,uz"), StandardCharsets.UTF_8);
        browser.driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(csv.toAbsolutePath().toString());
        browser.click("upload:preview");
        browser.screenshot("enrolment-preview-coordinator-ru");
        assertThat(browser.has(By.id("summary"))).as(() -> browser.text(By.id("main"))).isTrue();
        String summary = browser.text(By.id("summary"));
        assertThat(summary).contains("Новых учётных записей: 1").contains(": 3");
        List<WebElement> invalid = browser.driver.findElements(By.cssSelector("#previewForm\\:rows tr.outcome-INVALID"));
        assertThat(invalid).hasSize(3);
        assertThat(invalid.get(0).getText()).contains("4", "Mars");
        assertThat(invalid.get(2).getText()).contains("6", "2");
        // a double click sends the file twice: the second request waits for the first and shows its links
        browser.doubleClickAndLeave("previewForm:confirm");
        assertThat(browser.text(By.id("messages"))).as("what was done, not 'choose a file first' nor 'nobody enrolled'")
                .contains("Зачислено человек: 2; новых учётных записей: 1.").doesNotContain("Сначала выберите файл");
        String link = browser.text(By.cssSelector("#linkTable code.oneTimeLink"));
        assertThat(link).contains("password.xhtml?token=");
        assertThat(browser.text(By.id("linkTable"))).contains(newEmail);
        browser.screenshot("enrolment-links-coordinator-ru");

        // the new learner sets a password through the link, signs in and sees "My cycle"
        browser.driver.manage().deleteAllCookies();
        browser.driver.get(link);
        browser.type("password:new", "a long new password 2026");
        browser.type("password:repeat", "a long new password 2026");
        browser.click("password:save");
        browser.signIn(newEmail, "a long new password 2026");
        assertThat(browser.language()).isEqualTo("uz");
        WebElement card = browser.driver.findElement(By.xpath("//section[contains(@class,'cycle')][.//a[normalize-space()='" + cohortName + "']]"));
        List<WebElement> modules = card.findElements(By.cssSelector("ol.progress-modules > li"));
        assertThat(modules).hasSizeGreaterThan(2);
        assertThat(modules.get(0).getAttribute("class")).isEqualTo("module-OPEN");
        assertThat(modules.get(1).getAttribute("class")).isEqualTo("module-CLOSED");
        assertThat(modules.get(1).getText()).containsIgnoringCase("oldingi modulni");
        assertThat(card.findElement(By.cssSelector(".currentStage")).getText()).isNotBlank();
        browser.screenshot("my-cycle-learner-uz");
        // a closed module's lesson is refused on the server, whatever the URL says
        browser.driver.get(card.findElement(By.cssSelector("h3 a")).getAttribute("href"));
        String cohortId = browser.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
        browser.open("lesson.xhtml?cohort=" + cohortId + "&lesson=reading-the-plan");
        assertThat(browser.driver.getCurrentUrl()).as("back to the cohort").contains("my-cohort.xhtml");
        assertThat(browser.has(By.cssSelector("article.lesson"))).isFalse();
        assertThat(browser.text(By.id("messages"))).isNotBlank();
        // reading the first lesson and marking it done leads on to the next
        browser.click(By.cssSelector("a[href*='lesson=the-convention']"));
        browser.click("progress:markDone");
        assertThat(browser.driver.getCurrentUrl()).contains("lesson=reporting-and-monitoring");
        browser.open("my-cohort.xhtml?id=" + cohortId);
        assertThat(browser.driver.findElements(By.cssSelector(".progress-modules li.done"))).hasSize(1);
        assertThat(browser.text(By.cssSelector("li.module-OPEN"))).contains("1");

        // the new learner also asks to join the demo cohort that takes requests
        browser.click(By.cssSelector(".mainmenu a[href='/join.xhtml']"));
        WebElement iwg = browser.driver.findElement(By.xpath("//tr[.//td[contains(., 'IWG monitoring')]]"));
        browser.click(iwg.findElement(By.cssSelector("button[id$=':ask']")).getAttribute("id"));
        assertThat(browser.text(By.id("join:table"))).contains("koordinator");
        browser.screenshot("join-learner-uz");

        // the trainer schedules a session and records attendance
        browser.signIn("trainer@qadam.example", DemoData.PASSWORD);
        browser.driver.get(cohortUrl);
        browser.click("sessionsLink");
        browser.type("sessionForm:title", "Oʻquv mashgʻuloti");
        typeDate("sessionForm:startsAt_input", today + " 10:00");
        typeDate("sessionForm:endsAt_input", today + " 13:00");
        browser.type("sessionForm:place", "Samarqand");
        browser.click("sessionForm:schedule");
        browser.click(By.linkText("Oʻquv mashgʻuloti"));
        WebElement row = browser.driver.findElement(By.xpath("//tr[.//span[text()='" + newEmail + "']]"));
        WebElement present = row.findElement(By.cssSelector("input[type='radio'][value='PRESENT']"));
        row.findElement(By.cssSelector("label[for='" + present.getAttribute("id") + "']")).click();
        browser.click("sheet:save");
        assertThat(browser.text(By.id("messages"))).contains("1");
        browser.screenshot("attendance-trainer-uz");
        browser.driver.get(cohortUrl);
        WebElement rosterRow = browser.driver.findElement(By.xpath("//tr[.//span[text()='" + newEmail + "']]"));
        assertThat(rosterRow.findElement(By.cssSelector("td.attendanceCell")).getText().replaceAll("\\D+", " ").trim())
                .as("attended 1 of 1 recorded").isEqualTo("1 1");
        browser.screenshot("roster-trainer-uz");
        assertThat(browser.driver.findElements(By.cssSelector("button[data-roster-action]"))).as("a trainer reads the roster, a coordinator acts on it").isEmpty();
        assertThat(browser.has(By.id("issueForm"))).isFalse();

        // the coordinator approves the request, and withdraws a learner with a reason
        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        browser.click(By.cssSelector(".mainmenu a[href='/cohorts.xhtml']"));
        browser.click(By.linkText(browser.driver.findElement(By.xpath("//a[starts-with(normalize-space(), 'IWG monitoring')]")).getText()));
        browser.click("enrolLink");
        WebElement request = browser.driver.findElement(By.xpath("//tr[.//span[text()='" + newEmail + "']]"));
        browser.click(request.findElement(By.cssSelector("button[id$=':approve']")).getAttribute("id"));
        assertThat(browser.text(By.id("messages"))).contains("Nodira Rahimova");
        assertThat(browser.text(By.id("requests:table"))).doesNotContain(newEmail);
        browser.screenshot("enrol-requests-coordinator-ru");
        browser.driver.get(cohortUrl);
        WebElement madina = browser.driver.findElement(By.xpath("//tr[.//span[text()='learner2@qadam.example']]"));
        // a row's actions are plain buttons that name the enrolment; the server reads the row again for it
        browser.click(madina.findElement(By.cssSelector("button[data-roster-action='team']")));
        assertThat(browser.text(By.id("teamForm"))).as("the team dialog names the learner").contains("Madina");
        browser.typeAndWaitForAnswer("teamForm:team_input", "Samarqand monitorlari");
        browser.click("teamForm:confirmTeam");
        assertThat(browser.text(By.id("messages"))).contains("Madina");
        assertThat(browser.text(By.xpath("//tr[.//span[text()='learner2@qadam.example']]"))).contains("Samarqand monitorlari");
        madina = browser.driver.findElement(By.xpath("//tr[.//span[text()='learner2@qadam.example']]"));
        browser.click(madina.findElement(By.cssSelector("button[data-roster-action='withdraw']")));
        browser.type("withdrawForm:reason", "Перешла в другую организацию");
        browser.click("withdrawForm:confirmWithdraw");
        browser.driver.get(cohortUrl);
        assertThat(browser.text(By.xpath("//tr[.//span[text()='learner2@qadam.example']]"))).contains("Перешла в другую организацию");
        browser.screenshot("roster-withdrawn-coordinator-ru");
        // reinstated from the same row; and her certificate issued by hand, after the coordinator says yes in the dialog
        browser.click(browser.driver.findElement(By.xpath("//tr[.//span[text()='learner2@qadam.example']]"))
                .findElement(By.cssSelector("button[data-roster-action='reinstate']")));
        assertThat(browser.text(By.id("messages"))).contains("Madina");
        browser.click(browser.driver.findElement(By.xpath("//tr[.//span[text()='learner2@qadam.example']]"))
                .findElement(By.cssSelector("button[data-roster-action='issue']")));
        assertThat(browser.text(By.id("issueForm"))).contains("Madina");
        browser.click("issueForm:confirmIssue");
        assertThat(browser.text(By.id("messages"))).contains("Madina Ergasheva");
        assertThat(browser.has(By.xpath("//tr[.//span[text()='learner2@qadam.example']]//button[@data-roster-action='withdraw']")))
                .as("active again").isTrue();
    }

    /** Types a date into a date picker's text field as a person would, and leaves the field. */
    private static void typeDate(String inputId, String text) {
        browser.typeDate(inputId, text);
    }

    private static void checkAll(String id) {
        js("PrimeFaces.widgets['widget_" + id.replace(':', '_') + "'].checkAll();");
    }

    private static void js(String script) {
        ((JavascriptExecutor) browser.driver).executeScript(script);
    }
}
