package org.qadam.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.qadam.demo.DemoData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A learner reads the curriculum: catalogue, course, a lesson through their cohort, in three languages; course files cannot run script. */
class CurriculumBrowserIT {

    private static final Path LESSON = Path.of(System.getProperty("qadam.project.directory", "."),
            "courses/ngo-cycle/00-child-rights-monitoring/01-the-convention");

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
    void aLearnerOpensTheCatalogueTheNgoCourseAndALessonAndReadsItInEachLanguage() throws IOException {
        browser.signIn("learner@qadam.example", DemoData.PASSWORD);
        browser.click(By.cssSelector(".languages a[data-lang='en']"));
        browser.click(By.cssSelector(".mainmenu a[href='/courses.xhtml']"));
        assertThat(browser.heading()).isEqualTo("Courses");
        browser.screenshot("catalogue-learner");

        browser.click(By.cssSelector("a.course-link[href*='course=ngo-cycle']"));
        assertThat(browser.driver.getCurrentUrl()).contains("course=ngo-cycle");
        assertThat(browser.text(By.id("main"))).contains("How it is assessed", "Download the template");
        browser.screenshot("course-ngo-cycle");
        String href = browser.driver.findElement(By.cssSelector("a.download[href*='assignment=priority-statement']")).getAttribute("href");
        Object template = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('Content-Disposition') + ' ' + t)));",
                href);
        assertThat(String.valueOf(template)).as("the template downloads as Markdown")
                .startsWith("200 attachment; filename=\"priority-statement.en.md\"").contains("# ");

        assertThat(browser.has(By.id("throughCohort"))).as("learners read lessons through their cohort").isTrue();
        assertThat(browser.has(By.cssSelector("a[href*='lesson=']"))).isFalse();

        // the demo learner is enrolled in the demo cohort, whose first module is open
        browser.click(By.cssSelector(".mainmenu a[href='/index.xhtml']"));
        browser.click(By.cssSelector("section.cycle h3 a"));
        browser.screenshot("my-cohort-learner-en");
        // the course's assignments, each open one linked to its page in this cohort, with its due day or when it is due
        List<WebElement> assignments = browser.driver.findElements(By.cssSelector("table#assignments tbody tr"));
        assertThat(assignments).as("the course's assignments").hasSizeGreaterThan(1);
        List<WebElement> open = browser.driver.findElements(By.cssSelector("table#assignments a.open"));
        assertThat(open).as("the open modules' assignments").isNotEmpty().hasSizeLessThan(assignments.size());
        assertThat(open.get(0).getAttribute("href")).contains("/assignment.xhtml?cohort=").contains("&assignment=");
        assertThat(assignments.get(assignments.size() - 1).getText()).as("a closed module's assignment")
                .contains("When the module opens", "Module not open yet");
        browser.click(By.cssSelector("a[href*='lesson=the-convention']"));
        assertThat(browser.driver.getCurrentUrl()).contains("cohort=");
        assertThat(browser.text(By.cssSelector("article.lesson h1"))).isEqualTo(firstHeading("en"));
        assertThat(browser.has(By.id("next"))).isTrue();
        browser.screenshot("lesson-en");

        browser.click(By.cssSelector(".languages a[data-lang='uz']"));
        assertThat(browser.text(By.cssSelector("article.lesson h1"))).isEqualTo(firstHeading("uz"));
        browser.screenshot("lesson-uz");

        browser.click(By.cssSelector(".languages a[data-lang='ru']"));
        assertThat(browser.text(By.cssSelector("article.lesson h1"))).isEqualTo(firstHeading("ru"));
        assertThat(browser.has(By.id("fallbackNotice"))).as("the lesson exists in Russian").isFalse();

        browser.click(By.id("next"));
        assertThat(browser.driver.getCurrentUrl()).doesNotContain("lesson=the-convention");
        assertThat(browser.has(By.id("previous"))).isTrue();
        browser.click(By.cssSelector(".languages a[data-lang='uz']"));
    }

    @Test
    void scriptPlantedInACourseFileIsNotExecuted() {
        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        browser.open("lesson.xhtml?course=script-trap&lesson=trap");
        assertThat(browser.text(By.cssSelector("article.lesson"))).contains("Harmless text stays.");
        browser.driver.findElements(By.cssSelector("article.lesson a")).forEach(link -> {
            assertThat(link.getAttribute("href")).doesNotStartWith("javascript:");
        });
        Object pwned = ((JavascriptExecutor) browser.driver).executeScript("return window.qadamPwned === undefined ? null : window.qadamPwned;");
        assertThat(pwned).as("nothing from the course file ran").isNull();
        assertThat(browser.driver.getPageSource()).doesNotContain("qadamPwned");
    }

    @Test
    void anUnknownCourseOrLessonIsANotFoundPage() {
        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        browser.open("course.xhtml?course=no-such-course");
        assertThat(browser.heading()).isEqualTo("Страница не найдена");
        browser.open("lesson.xhtml?course=ngo-cycle&lesson=no-such-lesson");
        assertThat(browser.heading()).isEqualTo("Страница не найдена");
    }

    @Test
    void aCoordinatorReimportsTheCoursesAndSeesWhatIsWrongWithABrokenUpload() throws IOException {
        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        browser.click(By.cssSelector(".mainmenu a[href='/coordinator/courses.xhtml']"));
        browser.click("reimport:run");
        assertThat(browser.text(By.id("results"))).contains("ngo-cycle", "iwg-monitoring", "без изменений");

        Path broken = Path.of(System.getProperty("qadam.build.directory", "target"), "broken-course.zip");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("broken/course.yaml"));
            zip.write("id: broken\nversion: 1\ntitle: {en: Broken, ru: Сломанный}\nmodules: [01-missing]\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        browser.driver.findElement(By.cssSelector("input[type='file']")).sendKeys(broken.toAbsolutePath().toString());
        browser.click("upload:send");
        String result = browser.text(By.id("results"));
        assertThat(result).contains("не импортирован", "course.yaml:3", "uz", "01-missing/module.yaml");
        browser.screenshot("import-broken-coordinator-ru");
    }

    private static String firstHeading(String language) throws IOException {
        String first = Files.readAllLines(Path.of(LESSON + "." + language + ".md")).get(0);
        return first.replaceFirst("^#\\s+", "").strip();
    }
}
