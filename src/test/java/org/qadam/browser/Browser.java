package org.qadam.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qadam.testenv.QadamProcess;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) driving the packaged Qadam, with the
 * few moves a person makes: open a page, type, click, wait for the page or the ajax request to finish.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("qadam.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("qadam.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    final String base;
    /** Where the browser saves downloads. */
    final Path downloads;
    private final WebDriverWait wait;

    Browser() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, or run ./test.sh");
        }
        base = QadamProcess.baseUrl();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            downloads = Files.createTempDirectory("qadam-downloads");
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                    "--user-data-dir=" + Files.createTempDirectory("qadam-chromium"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base + path.replaceFirst("^/", ""));
        settled();
    }

    void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types into a field that asks the server once typing pauses (a search box with a delayed keyup, an
     * autoComplete; 300 ms here) and waits for its answer, as a person reads it before going on. Without
     * this, the next click can overtake the field's request, whose answer then comes after the click's and
     * redraws what the click changed.
     */
    void typeAndWaitForAnswer(String id, String text) {
        type(id, text);
        try {
            Thread.sleep(500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        settled();
    }

    /** Clicks and waits for the next page (a full submit) or the ajax update to finish. */
    void click(By target) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(target));
        element.click();
        wait.until(ExpectedConditions.or(ExpectedConditions.stalenessOf(element), d -> ajaxDone()));
        settled();
    }

    void click(WebElement element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.stalenessOf(element), d -> ajaxDone()));
        settled();
    }

    void click(String id) {
        click(By.id(id));
    }

    /** Clicks a button that asks "are you sure?" in a native dialog, says yes, and waits for the next page. */
    void clickAndConfirm(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.stalenessOf(element));
        settled();
    }

    /** Types into a rich-text editor (PrimeFaces' textEditor) as a person would. */
    void typeRichText(String editorId, String text) {
        WebElement editor = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + editorId.replace(":", "\\:") + " .ql-editor")));
        editor.click();
        editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        editor.sendKeys(text);
    }

    /** Types a date into a date picker by keyboard, as a person would, and leaves the field. */
    void typeDate(String inputId, String text) {
        WebElement input = driver.findElement(By.id(inputId));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> text.equals(input.getAttribute("value")));
        input.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !input.equals(d.switchTo().activeElement()));
    }

    /** Waits for a download to finish and returns the file. */
    Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * Signs in and waits for the page that follows, whether the home page or the sign-in page again with
     * its message: the form is sent without ajax, so the old page must be gone first. (The general
     * {@link #click(By)} also accepts "no ajax running", which the old page satisfies at once; a check made
     * right after it could then still read the sign-in page.)
     */
    void signIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("login.xhtml");
        type("login:email", email);
        type("login:password", password);
        clickAndLeave("login:submit");
    }

    /**
     * Clicks a button that sends its form without ajax and waits for the page that follows: the old page must
     * be gone first (see {@link #signIn}).
     */
    void clickAndLeave(String id) {
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        submit.click();
        wait.until(d -> gone(submit));
        settled();
    }

    /**
     * Double-clicks a button that sends its form without ajax, as an impatient person does: the browser sends
     * the form twice and shows the answer to the second. Waits for that page.
     */
    void doubleClickAndLeave(String id) {
        WebElement submit = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        // the second click a moment after the first, once the first request is on its way: two clicks in one go
        // are one submission to the browser, which replaces a planned navigation that has not started
        ((JavascriptExecutor) driver).executeScript("var b = arguments[0]; b.click(); setTimeout(function () { b.click(); }, 150);", submit);
        wait.until(d -> gone(submit));
        settled();
    }

    /** What the session keep-alive of the open page answers: 204 for someone signed in, 401 for nobody. */
    Object keepAlive() {
        return ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch('/session/alive', {method: 'POST', credentials: 'same-origin', cache: 'no-store'})"
                + ".then(function (r) { done(r.status); }, function (e) { done(String(e)); });");
    }

    /**
     * Whether the element's page has been left. While Chromium swaps documents it may answer neither "still
     * here" nor "stale" but "node does not belong to the document", which means gone as well; any other
     * error there is asked again.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException inBetween) {
            return String.valueOf(inBetween.getMessage()).contains("does not belong to the document");
        }
    }

    String text(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    void waitForText(By target, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
        settled();
    }

    void waitForTextGone(By target, String text) {
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(target, text)));
        settled();
    }

    boolean has(By target) {
        return !driver.findElements(target).isEmpty();
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    Cookie sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID");
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("qadam.build.directory", "target"), "screenshots");
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean ajaxDone() {
        Object done = ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);");
        return Boolean.TRUE.equals(done);
    }

    private void settled() {
        wait.until(d -> ajaxDone());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
