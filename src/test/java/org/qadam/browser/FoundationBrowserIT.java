package org.qadam.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.qadam.demo.DemoData;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people do on the first screens, in headless Chromium against the packaged application started
 * as run.sh starts it, on its embedded database with demo data.
 */
class FoundationBrowserIT {

    private static final By ACCOUNTS_MENU = By.cssSelector(".mainmenu a[href='/admin/accounts.xhtml']");
    private static final By REGIONS_MENU = By.cssSelector(".mainmenu a[href='/coordinator/regions.xhtml']");
    private static final By ORGANISATIONS_MENU = By.cssSelector(".mainmenu a[href='/coordinator/organisations.xhtml']");
    private static final By PROFILE_MENU = By.cssSelector(".mainmenu a[href='/profile.xhtml']");
    private static final By MESSAGES = By.id("messages");

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
    void eachDemoRoleSignsInAndSeesTheMenuOfItsRole() {
        browser.signIn("admin@qadam.example", DemoData.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Welcome, Dilnoza Karimova");
        assertThat(browser.has(ACCOUNTS_MENU)).isTrue();
        assertThat(browser.has(ORGANISATIONS_MENU)).isTrue();
        browser.screenshot("home-admin");

        browser.signIn("coordinator@qadam.example", DemoData.PASSWORD);
        assertThat(browser.language()).as("the coordinator prefers Russian").isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo("Добро пожаловать, Rustam Aliyev");
        assertThat(browser.has(ACCOUNTS_MENU)).isFalse();
        assertThat(browser.has(REGIONS_MENU)).isTrue();
        assertThat(browser.has(ORGANISATIONS_MENU)).isTrue();
        browser.open("coordinator/organisations.xhtml");
        assertThat(browser.text(By.id("organisations:table"))).contains("Bolalar Ovozi", "Nurli Kelajak");
        browser.screenshot("organisations-coordinator");

        for (String learnerOrTrainer : new String[]{"trainer@qadam.example", "learner@qadam.example"}) {
            browser.signIn(learnerOrTrainer, DemoData.PASSWORD);
            assertThat(browser.has(PROFILE_MENU)).as(learnerOrTrainer).isTrue();
            assertThat(browser.has(ACCOUNTS_MENU)).as(learnerOrTrainer).isFalse();
            assertThat(browser.has(ORGANISATIONS_MENU)).as(learnerOrTrainer).isFalse();
        }
        assertThat(browser.heading()).as("the learner prefers Uzbek").isEqualTo("Xush kelibsiz, Aziz Tashkentov");
        browser.screenshot("home-learner");

        browser.signIn("learner2@qadam.example", DemoData.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Добро пожаловать, Madina Ergasheva");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageThatDoesNotTellWhetherTheEmailExists() {
        browser.signIn("trainer@qadam.example", "not the password at all");
        String known = browser.text(MESSAGES);
        assertThat(known).contains("Incorrect email or password");
        assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
        assertThat(browser.driver.findElement(By.id("login:email")).getAttribute("value"))
                .as("what the person typed is kept").isEqualTo("trainer@qadam.example");
        browser.screenshot("login-failed");

        browser.signIn("nobody-" + UUID.randomUUID() + "@qadam.example", "not the password at all");
        assertThat(browser.text(MESSAGES)).isEqualTo(known);
    }

    @Test
    void theSessionIdChangesAtSignInAndTheCookieIsHttpOnlyAndSameSite() {
        browser.driver.manage().deleteAllCookies();
        browser.open("login.xhtml");
        Cookie before = browser.sessionCookie();
        assertThat(before).isNotNull();
        browser.type("login:email", "trainer@qadam.example");
        browser.type("login:password", DemoData.PASSWORD);
        browser.click("login:submit");
        Cookie after = browser.sessionCookie();
        assertThat(browser.has(PROFILE_MENU)).isTrue();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");

        Object forged = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/sign-out', {method: 'POST', body: new URLSearchParams({token: 'forged'}), redirect: 'manual'})"
                        + ".then(r => done(r.status));");
        assertThat(forged).as("a sign-out without the session's token, as another site would post it").isEqualTo(403L);
        browser.open("profile.xhtml");
        assertThat(browser.has(PROFILE_MENU)).as("still signed in").isTrue();

        browser.click(By.id("signout"));
        assertThat(browser.driver.getCurrentUrl()).contains("login.xhtml");
        browser.open("profile.xhtml");
        assertThat(browser.driver.getCurrentUrl()).as("signed out: back to the login page").contains("login.xhtml");
    }

    @Test
    void anAdministratorCreatesAnAccountThatThenSignsIn() {
        browser.signIn("admin@qadam.example", DemoData.PASSWORD);
        browser.open("admin/account.xhtml");
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@qadam.example";
        browser.type("accountEdit:email", email);
        browser.type("accountEdit:name", "Shahnoza Qodirova");
        browser.type("accountEdit:password", "short");
        browser.click("accountEdit:save");
        assertThat(browser.text(MESSAGES)).contains("The password is too short");
        assertThat(browser.driver.findElement(By.id("accountEdit:email")).getAttribute("value"))
                .as("the form keeps what was typed").isEqualTo(email);

        browser.type("accountEdit:password", "a sentence that is long");
        browser.click("accountEdit:save");
        assertThat(browser.text(MESSAGES)).contains("Account " + email + " created.");
        assertThat(browser.driver.getCurrentUrl()).contains("id=");
        browser.screenshot("account-created");

        browser.open("admin/accounts.xhtml");
        browser.type("accounts:search", "Shahnoza");
        browser.waitForTextGone(By.id("accounts:table"), "admin@qadam.example");
        assertThat(browser.text(By.id("accounts:table"))).contains(email, "1–1 / 1");
        browser.screenshot("accounts-admin");

        browser.signIn(email, "a sentence that is long");
        assertThat(browser.heading()).as("in the language the form proposed for her, Uzbek").isEqualTo("Xush kelibsiz, Shahnoza Qodirova");
    }

    @Test
    void deactivatingAnAccountEndsTheSessionItHasOpen() {
        browser.signIn("admin@qadam.example", DemoData.PASSWORD);
        browser.open("admin/account.xhtml");
        String email = "leaving-" + UUID.randomUUID().toString().substring(0, 8) + "@qadam.example";
        browser.type("accountEdit:email", email);
        browser.type("accountEdit:name", "Leaving Person");
        browser.type("accountEdit:password", "a sentence that is long");
        browser.click("accountEdit:save");
        assertThat(browser.text(MESSAGES)).contains(email);

        try (Browser other = new Browser()) {
            other.signIn(email, "a sentence that is long");
            assertThat(other.has(PROFILE_MENU)).isTrue();

            browser.click("accountEdit:deactivate");
            assertThat(browser.has(By.id("accountEdit:inactiveNotice"))).isTrue();

            other.open("profile.xhtml");
            assertThat(other.driver.getCurrentUrl()).as("the open session has ended").contains("login.xhtml");
            other.signIn(email, "a sentence that is long");
            assertThat(other.text(MESSAGES)).contains("Incorrect email or password");
        }
    }

    @Test
    void theLanguageSwitchChangesThePageAndIsRememberedForTheAccount() {
        browser.signIn("trainer@qadam.example", DemoData.PASSWORD);
        browser.click(By.cssSelector(".languages a[data-lang='ru']"));
        assertThat(browser.language()).isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo("Добро пожаловать, Gulnora Yusupova");
        assertThat(browser.text(PROFILE_MENU)).isEqualTo("Мой профиль");
        browser.screenshot("home-trainer-ru");

        browser.click(By.cssSelector(".languages a[data-lang='uz']"));
        assertThat(browser.language()).isEqualTo("uz");
        assertThat(browser.heading()).isEqualTo("Xush kelibsiz, Gulnora Yusupova");
        assertThat(browser.text(PROFILE_MENU)).isEqualTo("Mening profilim");

        browser.click(By.cssSelector(".languages a[data-lang='en']"));
        browser.signIn("trainer@qadam.example", DemoData.PASSWORD);
        assertThat(browser.heading()).as("remembered for the account").isEqualTo("Welcome, Gulnora Yusupova");

        browser.driver.manage().deleteAllCookies();
        browser.open("login.xhtml");
        browser.click(By.cssSelector(".languages a[data-lang='ru']"));
        assertThat(browser.heading()).as("the login page too").isEqualTo("Вход");
    }

    @Test
    void aLearnerIsRefusedTheAdministrationPagesInTheirOwnLanguage() {
        browser.signIn("learner@qadam.example", DemoData.PASSWORD);
        browser.open("admin/accounts.xhtml");
        assertThat(browser.heading()).isEqualTo("Ruxsat yoʻq");
        assertThat(browser.driver.getPageSource()).doesNotContain("Exception", "Payara", "at org.");
        browser.screenshot("forbidden-learner-uz");

        browser.open("coordinator/organisations.xhtml");
        assertThat(browser.heading()).isEqualTo("Ruxsat yoʻq");

        // the staff's list of cohorts, whose links lead to pages for a cohort's staff: a learner's cohorts are on My cycle
        browser.open("cohorts.xhtml");
        assertThat(browser.heading()).isEqualTo("Ruxsat yoʻq");

        browser.open("no-such-page.xhtml");
        assertThat(browser.heading()).isEqualTo("Sahifa topilmadi");
    }

    @Test
    void theSessionKeepAliveSaysWhetherSomeoneIsSignedInAndSendsNobodyToTheSignInPage() {
        browser.driver.manage().deleteAllCookies();
        browser.open("login.xhtml");
        assertThat(browser.keepAlive()).as("nobody signed in").isEqualTo(401L);
        browser.signIn("learner@qadam.example", DemoData.PASSWORD);
        assertThat(browser.keepAlive()).isEqualTo(204L);
        assertThat(browser.heading()).as("signing in leads home, not back to the keep-alive").isEqualTo("Xush kelibsiz, Aziz Tashkentov");
    }

    @Test
    void anAddressBeginningWithTwoSlashesLeadsBackToThisSiteAfterSigningIn() {
        browser.driver.manage().deleteAllCookies();
        // a link made to look like Qadam's, whose path the browser would read as another site's address
        browser.driver.get(browser.base + "/elsewhere.example/index.xhtml");
        browser.type("login:email", "learner@qadam.example");
        browser.type("login:password", DemoData.PASSWORD);
        browser.clickAndLeave("login:submit");
        assertThat(java.net.URI.create(browser.driver.getCurrentUrl()).getHost())
                .isEqualTo(java.net.URI.create(browser.base).getHost());
    }

    @Test
    void anAddressWhoseIdIsNotAnIdNamesNothing() {
        browser.signIn("trainer@qadam.example", DemoData.PASSWORD);
        for (String address : new String[]{"grade.xhtml?submission=abc", "gradebook.xhtml?cohort=99999999999999999999",
                "cohort.xhtml?id=-1", "assignment.xhtml?cohort=1x&assignment=a", "attendance.xhtml?session=%20"}) {
            browser.open(address);
            assertThat(browser.heading()).as(address).isEqualTo("Sahifa topilmadi");
            assertThat(browser.driver.getPageSource()).as(address).doesNotContain("Exception", "Payara", "at org.");
        }
    }
}
