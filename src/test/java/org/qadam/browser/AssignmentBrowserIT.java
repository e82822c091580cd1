package org.qadam.browser;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qadam.demo.DemoData;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An assignment from end to end in the browser: the demo learner hands in the team's situation analysis
 * with a file; the trainer grades it with the rubric and returns it for revision; the learner reads the
 * feedback and hands in again; the trainer releases the grade; the learner sees it; the gradebook export
 * downloads and opens as a spreadsheet.
 */
class AssignmentBrowserIT {

    private static final String LEARNER = "learner@qadam.example";
    private static final String TRAINER = "trainer@qadam.example";

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
    void aTeamHandsInTheTrainerReturnsItTheyHandInAgainAndTheReleasedGradeReachesThemAndTheGradebook() throws IOException {
        String marker = "Marker " + UUID.randomUUID().toString().substring(0, 8);

        // the learner (Uzbek) opens the situation analysis from "My cycle" and hands in text and a PDF
        browser.signIn(LEARNER, DemoData.PASSWORD);
        browser.click(By.cssSelector("a.assignmentAction[href*='assignment=situation-analysis']"));
        String assignmentUrl = browser.driver.getCurrentUrl();
        // an assignment of a module not open yet, asked for by its address, is refused with the reason
        browser.driver.get(assignmentUrl.replace("situation-analysis", "project-plan"));
        assertThat(browser.driver.getCurrentUrl()).as("back to the cohort").contains("my-cohort.xhtml");
        assertThat(browser.text(By.id("messages"))).isNotBlank();
        browser.driver.get(assignmentUrl);
        // someone writing a long answer keeps their session: the page's script asks the server while they type
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("return window.qadamKeepAlive === true"))
                .as("the keep-alive script runs on the assignment page").isEqualTo(true);
        assertThat(browser.keepAlive()).as("signed in").isEqualTo(204L);
        // the editor speaks the learner's language: its buttons' names and the words of its link box
        assertThat(browser.driver.findElement(By.cssSelector("#work button.ql-bold")).getAttribute("title")).isEqualTo("Qalin");
        assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return getComputedStyle(document.querySelector('#work .ql-tooltip'), '::before').content"))
                .isEqualTo("\"Havolani ochish:\"");
        assertThat(browser.has(By.id("work"))).as(() -> browser.text(By.id("main"))).isTrue();
        browser.typeRichText("work:text", "Our situation analysis. " + marker);
        Path pdf = Path.of(System.getProperty("qadam.build.directory", "target"), "situation-analysis-" + UUID.randomUUID() + ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII));
        browser.driver.findElement(By.cssSelector("#work input[type='file']")).sendKeys(pdf.toAbsolutePath().toString());
        browser.click("work:upload");
        assertThat(browser.text(By.id("work:files"))).as("the file is on the draft").contains(pdf.getFileName().toString());
        assertThat(browser.text(By.cssSelector("#work .ql-editor"))).as("the text typed before the upload is kept").contains(marker);
        browser.screenshot("assignment-draft-learner-uz");
        browser.clickAndConfirm("work:submit");
        assertThat(browser.has(By.cssSelector(".attempt.attempt-SUBMITTED"))).as(() -> browser.text(By.id("main"))).isTrue();
        assertThat(browser.text(By.cssSelector(".attempt.attempt-SUBMITTED"))).contains(marker);

        // the trainer (Uzbek) finds it in the queue, picks levels, writes feedback and returns it
        browser.signIn(TRAINER, DemoData.PASSWORD);
        browser.click(By.cssSelector(".mainmenu a[href='/grading.xhtml']"));
        WebElement row = rowOf("SUBMITTED", "Bolalar Ovozi");
        browser.click(row.findElement(By.cssSelector("a.open")));
        assertThat(browser.text(By.cssSelector(".submission-pane"))).contains(marker).contains(pdf.getFileName().toString());
        pickLevels(false);
        assertThat(browser.text(By.id("grade:total"))).as("the total adds up as levels are picked").contains("0");
        browser.typeRichText("grade:feedback", "Please add the sources of your figures.");
        browser.screenshot("grading-trainer-uz");
        browser.click("grade:returnWork");
        assertThat(browser.driver.findElement(By.id("status")).getAttribute("class")).contains("status-RETURNED");
        assertThat(browser.has(By.cssSelector("#audit tbody tr"))).isTrue();

        // the learner reads the feedback and hands in a second attempt
        browser.signIn(LEARNER, DemoData.PASSWORD);
        browser.driver.get(assignmentUrl);
        assertThat(browser.text(By.cssSelector(".attempt.attempt-RETURNED .feedback"))).contains("Please add the sources");
        browser.typeRichText("work:text", "Second attempt, with sources. " + marker);
        // a file chosen and not added by its own button goes with the work handed in, not lost
        Path sources = Path.of(System.getProperty("qadam.build.directory", "target"), "sources-" + UUID.randomUUID() + ".pdf");
        Files.copy(pdf, sources);
        browser.driver.findElement(By.cssSelector("#work input[type='file']")).sendKeys(sources.toAbsolutePath().toString());
        browser.clickAndConfirm("work:submit");
        assertThat(browser.has(By.cssSelector(".attempt.attempt-SUBMITTED"))).as(() -> browser.text(By.id("main"))).isTrue();
        assertThat(browser.text(By.cssSelector(".attempt.attempt-SUBMITTED"))).contains(sources.getFileName().toString());
        assertThat(browser.has(By.cssSelector(".attempt.attempt-RETURNED"))).as("the first attempt stays readable").isTrue();

        // the trainer grades the second attempt at the top levels and releases the grade
        browser.signIn(TRAINER, DemoData.PASSWORD);
        browser.open("grading.xhtml");
        browser.click(rowOf("SUBMITTED", "Bolalar Ovozi").findElement(By.cssSelector("a.open")));
        pickLevels(true);
        browser.waitForText(By.id("grade:total"), "100");
        // a feedback file chosen and not added by its own button goes with the released grade
        Path notes = Path.of(System.getProperty("qadam.build.directory", "target"), "feedback-" + UUID.randomUUID() + ".pdf");
        Files.copy(pdf, notes);
        browser.driver.findElement(By.cssSelector("#grade input[type='file']")).sendKeys(notes.toAbsolutePath().toString());
        browser.clickAndLeave("grade:release");
        assertThat(browser.driver.findElement(By.id("status")).getAttribute("class")).contains("status-RELEASED");
        assertThat(browser.text(By.id("main"))).as("the feedback file is with the grade").contains(notes.getFileName().toString());
        String cohortLink = browser.driver.findElement(By.cssSelector("p.lead a[href*='cohort.xhtml']")).getAttribute("href");

        // the learner sees the grade
        browser.signIn(LEARNER, DemoData.PASSWORD);
        browser.driver.get(assignmentUrl);
        assertThat(browser.text(By.cssSelector(".attempt.attempt-RELEASED .grade"))).contains("100");
        browser.screenshot("assignment-graded-learner-uz");

        // the gradebook, and its export as a spreadsheet that opens
        browser.signIn(TRAINER, DemoData.PASSWORD);
        browser.driver.get(cohortLink);
        browser.click("gradebookLink");
        assertThat(browser.text(By.id("book:table"))).contains("100");
        browser.click(By.id("exportXlsx"));
        Path xlsx = browser.downloaded(".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCellText(1)).as("headed in the trainer's language").isEqualTo("Elektron pochta");
            Row learner = rows.stream().filter(r -> LEARNER.equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(learner.stream().anyMatch(c -> c != null && isHundred(c.getText()))).as(learner::toString).isTrue();
        }

        // the trainer moves the next assignment's dates for the cohort and gives one team more time
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tashkent"));
        browser.driver.get(cohortLink);
        browser.click("assignmentsLink");
        browser.click("dates:table:2:edit");
        // what is not a date: the dialog stays open with the reason in the trainer's language, and what was typed
        browser.type("datesDialogForm:due_input", "31.02.2027");
        browser.click("datesDialogForm:saveDates");
        assertThat(browser.driver.findElement(By.id("datesDialog")).isDisplayed()).as("the dialog stays open").isTrue();
        assertThat(browser.text(By.id("datesDialogForm"))).contains("Bu sana emas");
        assertThat(browser.driver.findElement(By.id("datesDialogForm:due_input")).getAttribute("value")).isEqualTo("31.02.2027");
        browser.typeDate("datesDialogForm:due_input", today.plusDays(20).toString());
        browser.typeDate("datesDialogForm:cutOff_input", today.plusDays(5).toString());
        browser.click("datesDialogForm:saveDates");
        assertThat(browser.text(By.id("messages"))).as("a cut-off before the due date is refused").isNotBlank();
        assertThat(browser.driver.findElement(By.id("datesDialogForm:due_input")).getAttribute("value"))
                .as("what was typed stays").isEqualTo(today.plusDays(20).toString());
        browser.typeDate("datesDialogForm:cutOff_input", today.plusDays(30).toString());
        browser.click("datesDialogForm:saveDates");
        browser.waitForText(By.id("dates:table"), String.valueOf(today.plusDays(30).getYear()));
        assertThat(browser.driver.findElements(By.cssSelector("#dates\\:table tr")).get(3).getText())
                .contains(String.valueOf(today.plusDays(20).getDayOfMonth()));
        // the dialog and its modal mask are gone before the next form is used
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector(".ui-widget-overlay, #datesDialog")).stream().noneMatch(WebElement::isDisplayed));
        browser.click("extension:assignment_label");
        // the list has finished opening (a click during its animation is lost)
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#extension\\:assignment_panel.ui-connected-overlay-enter-done")));
        browser.click(By.cssSelector("#extension\\:assignment_items li[data-label='Bizning loyiha taklifimiz']"));
        // the choice reaches the server (its ajax request done) before the owner's suggestions are asked for
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.getElementById('extension:assignment_input').value"
                        + " === 'project-proposal' && PrimeFaces.ajax.Queue.isEmpty() && jQuery.active === 0;")));
        browser.driver.findElement(By.id("extension:owner_input")).sendKeys("Bolalar");
        browser.click(By.cssSelector("li.ui-autocomplete-item"));
        browser.typeDate("extension:until_input", today.plusDays(40).toString());
        browser.type("extension:reason", "Flooding in the district");
        browser.click("extension:grant");
        assertThat(browser.text(By.id("extensions:table"))).contains("Bolalar Ovozi").contains("Flooding in the district");
        browser.screenshot("assignments-trainer-uz");
    }

    private static boolean isHundred(String text) {
        try {
            return new java.math.BigDecimal(text).compareTo(java.math.BigDecimal.valueOf(100)) == 0;
        } catch (RuntimeException notANumber) {
            return false;
        }
    }

    /** The queue's row of an attempt in this status from this NGO team. */
    private WebElement rowOf(String status, String team) {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#queue\\:table tr.status-" + status));
        return rows.stream().filter(r -> r.getText().contains(team)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + status + " row of " + team + " in " + browser.text(By.id("main"))));
    }

    /** Picks the lowest (or the highest) level of every criterion of the rubric. */
    private void pickLevels(boolean highest) {
        int criteria = browser.driver.findElements(By.cssSelector("fieldset.criterion")).size();
        assertThat(criteria).isPositive();
        for (int i = 0; i < criteria; i++) {
            WebElement criterion = browser.driver.findElements(By.cssSelector("fieldset.criterion")).get(i);
            List<WebElement> boxes = criterion.findElements(By.cssSelector(".ui-radiobutton-box"));
            browser.click(boxes.get(highest ? boxes.size() - 1 : 0));
        }
    }
}
