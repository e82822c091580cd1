package org.qadam.it;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qadam.assignment.Gradebook;
import org.qadam.assignment.Grading;
import org.qadam.assignment.QueueQuery;
import org.qadam.assignment.Submissions;
import org.qadam.certificate.Certificates;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.progress.Progress;
import org.qadam.progress.RosterQuery;
import org.qadam.shared.persistence.StatementCount;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard against N+1 queries: the main pages and the services behind them send as many SQL
 * statements for many rows as for few. Counted by {@link StatementCount}, on this thread for the
 * services and on the server's request thread for whole pages fetched over HTTP ({@link CountedRequests}),
 * where lazy loading while a page renders would show. Each case is counted on its second run, once the
 * course versions Qadam keeps in memory have been read.
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {

    private static final Logger LOG = Logger.getLogger(QueryCountIT.class.getName());
    private static final ZoneId PROGRAMME = ZoneId.of("Asia/Tashkent");
    private static final String COURSE = "ngo-cycle";
    private static final String SA = "situation-analysis";

    @Deployment
    static WebArchive deployment() {
        return QadamDeployment.realWar();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SecurityContext security;
    @Inject
    Curriculum curriculum;
    @Inject
    Progress progress;
    @Inject
    Certificates certificates;
    @Inject
    Grading grading;
    @Inject
    Submissions submissions;
    @Inject
    Gradebook gradebook;

    @Test
    void aLearnersHomeSendsAsManyStatementsWithTwentyCohortsAsWithOne() throws Exception {
        long region = fixtures.region();
        Account learner = fixtures.person(Fixtures.uniqueEmail("learner"), Role.LEARNER);
        fixtures.enrolInNewCohorts(learner.id(), COURSE, moduleOfSa(), SA, region, 1);
        InContainer.signIn(security, learner.email());
        SignedIn browser = SignedIn.as(base(), learner.email());
        // what index.xhtml's beans call: MyCycleBacking and MyCertificatesBacking
        Runnable home = () -> {
            progress.myCycle();
            certificates.mine();
        };

        Counts one = new Counts("1 enrolment");
        one.put("My cycle services", statements(home));
        one.put("GET /index.xhtml", browser.statements("/index.xhtml", "data-cohort=", 1));

        // the course page (MyCohortBacking) reads the learner's facts once for its card, its modules and its
        // assignments; when each part read them again, the whole page sent 32 statements instead of 17
        long cohort = progress.myCycle().get(0).cohortId();
        long coursePage = statements(() -> submissions.mine(progress.myCohortPage(cohort).standing()));
        long oneFactRead = statements(() -> progress.standing(cohort));
        LOG.info("SQL statements of the course page's services: " + coursePage + "; of one read of the facts: " + oneFactRead);
        assertThat(coursePage).as("statements of the course page's services, against %d for one read of the facts", oneFactRead)
                .isLessThanOrEqualTo(oneFactRead + 4);

        // each change on the assignment page reads the facts once, with the page it returns (an upload that
        // saved the text, added the file and read the page again, each reading the facts, sent 52 statements)
        String own = curriculum.latest(COURSE).modules().stream().flatMap(m -> m.assignments().stream())
                .filter(a -> !a.id().equals(SA) && a.fileTypes().contains("pdf")).findFirst().orElseThrow().id();
        long assignmentPage = statements(() -> submissions.page(cohort, own));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        StatementCount.Snapshot beforeUpload = StatementCount.now();
        submissions.addFile(cohort, own, "<p>Our analysis</p>",
                new Submissions.NewFile("analysis.pdf", pdf.length, new java.io.ByteArrayInputStream(pdf)), null);
        long upload = StatementCount.now().since(beforeUpload).statements();
        LOG.info("SQL statements of the assignment page: " + assignmentPage + "; of saving the text with a new file: " + upload);
        assertThat(upload).as("statements of saving the text with a file, against %d for the page", assignmentPage)
                .isLessThanOrEqualTo(assignmentPage + 8);

        StatementCount.Snapshot before = StatementCount.now();
        fixtures.enrolInNewCohorts(learner.id(), COURSE, moduleOfSa(), SA, region, 19);
        // written inside a JTA transaction, so through the unit of work and the client session
        assertThat(StatementCount.now().since(before).statements()).as("statements of enrolling in 19 cohorts")
                .isGreaterThanOrEqualTo(19 * 5);
        assertThat(progress.myCycle()).as("the learner's cohorts").hasSize(20);

        Counts twenty = new Counts("20 enrolments");
        twenty.put("My cycle services", statements(home));
        twenty.put("GET /index.xhtml", browser.statements("/index.xhtml", "data-cohort=", 20));

        assertSame(one, twenty);
    }

    @Test
    void theGradingQueueRosterAndGradebookSendAsManyStatementsForFiftyRowsAsForTen() throws Exception {
        long region = fixtures.region();
        long cohort = fixtures.cohort(COURSE, today().minusDays(30), today().plusMonths(10), region, null, false);
        fixtures.openAllModules(cohort);
        fixtures.sessionsHeldAndToCome(cohort);
        Account trainer = fixtures.person(Fixtures.uniqueEmail("trainer"), Role.TRAINER);
        fixtures.runBy(cohort, trainer.id());
        fixtures.learnersWithWork(cohort, moduleOfSa(), SA, trainer.id(), 10);
        InContainer.signIn(security, trainer.email());
        SignedIn browser = SignedIn.as(base(), trainer.email());

        Counts ten = trainerCounts("10 rows", cohort, 10, browser, 10);
        fixtures.learnersWithWork(cohort, moduleOfSa(), SA, trainer.id(), 40);
        // the pages show 25 rows at a time
        Counts fifty = trainerCounts("50 rows", cohort, 50, browser, 25);

        assertSame(ten, fifty);
    }

    /** The statements of the trainer's three lists: each service as its page calls it, then the whole page. */
    private Counts trainerCounts(String label, long cohort, int rows, SignedIn browser, int rowsOnPage) throws Exception {
        // what GradingQueueBacking's lazy model asks for grading.xhtml without filters
        QueueQuery queue = new QueueQuery(null, null, null, null, null, false);
        assertThat(grading.queuePage(queue, 0, rows)).as("the queue").hasSize(rows);
        assertThat(progress.rosterPage(cohort, RosterQuery.any(), 0, rows)).as("the roster").hasSize(rows);
        assertThat(gradebook.page(cohort, null, 0, rows)).as("the gradebook").hasSize(rows);

        Counts counts = new Counts(label);
        counts.put("Grading.queueCount + queuePage", statements(() -> {
            grading.queueCount(queue);
            grading.queuePage(queue, 0, rows);
        }));
        counts.put("Progress.rosterCount + rosterPage", statements(() -> {
            progress.rosterCount(cohort, RosterQuery.any());
            progress.rosterPage(cohort, RosterQuery.any(), 0, rows);
        }));
        counts.put("Gradebook.count + page", statements(() -> {
            gradebook.count(cohort, null);
            gradebook.page(cohort, null, 0, rows);
        }));
        counts.put("GET /grading.xhtml", browser.statements("/grading.xhtml", "data-ri=", rowsOnPage));
        counts.put("GET /cohort.xhtml", browser.statements("/cohort.xhtml?id=" + cohort, "data-ri=", rowsOnPage));
        counts.put("GET /gradebook.xhtml", browser.statements("/gradebook.xhtml?cohort=" + cohort, "data-ri=", rowsOnPage));
        return counts;
    }

    // ------------------------------------------------------------------ counting

    /** What one size of data cost, case by case, in statements. */
    private record Counts(String label, Map<String, Long> byCase) {

        Counts(String label) {
            this(label, new LinkedHashMap<>());
        }

        void put(String what, long statements) {
            byCase.put(what, statements);
        }
    }

    /** Every case costs as much with more rows; all cases are checked, and all counts printed, at once. */
    private static void assertSame(Counts few, Counts many) {
        String table = few.byCase().keySet().stream()
                .map(what -> String.format("%-36s %s: %3d   %s: %3d", what, few.label(), few.byCase().get(what), many.label(),
                        many.byCase().get(what)))
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        LOG.info("SQL statements" + table);
        assertThat(few.byCase()).as("nothing counted: is StatementCount registered in persistence.xml?%s", table)
                .allSatisfy((what, statements) -> assertThat(statements).as(what).isPositive());
        List<String> grown = few.byCase().keySet().stream().filter(what -> !few.byCase().get(what).equals(many.byCase().get(what)))
                .map(what -> String.format("%s: %d statements with %s, %d with %s", what, few.byCase().get(what), few.label(),
                        many.byCase().get(what), many.label()))
                .toList();
        assertThat(grown).as("more rows must not mean more SQL statements (a query per row?); all counts:%s", table).isEmpty();
    }

    /** The statements of the second of two runs, so that what Qadam keeps in memory after the first does not count. */
    private static long statements(Runnable call) {
        call.run();
        StatementCount.Snapshot before = StatementCount.now();
        call.run();
        return StatementCount.now().since(before).statements();
    }

    // ------------------------------------------------------------------ over HTTP

    /** An HTTP client signed in through the sign-in form, as a browser is, keeping its session cookie. */
    private static final class SignedIn {

        private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
        private static final Pattern COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String base;

        private SignedIn(String base) {
            this.base = base;
        }

        static SignedIn as(String base, String email) throws Exception {
            SignedIn client = new SignedIn(base);
            HttpResponse<String> form = client.send(client.request("/login.xhtml").GET().build());
            Matcher state = VIEW_STATE.matcher(form.body());
            assertThat(state.find()).as("the sign-in page's view state").isTrue();
            String fields = Map.of("login", "login", "login:email", email, "login:password", Fixtures.PASSWORD, "login:submit", "",
                            "jakarta.faces.ViewState", state.group(1)).entrySet().stream()
                    .map(f -> encode(f.getKey()) + "=" + encode(f.getValue())).collect(Collectors.joining("&"));
            HttpResponse<String> signedIn = client.send(client.request("/login.xhtml")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)).build());
            assertThat(signedIn.statusCode()).as("signing in as " + email + " redirects to the home page").isEqualTo(302);
            return client;
        }

        /**
         * The statements the server sent for a page, on its second request, after checking that the page
         * shows {@code rows} times {@code rowMarker}: the count is worth nothing for a page that did not show its rows.
         */
        long statements(String path, String rowMarker, int rows) throws Exception {
            for (int run = 1; ; run++) {
                String key = UUID.randomUUID().toString();
                HttpResponse<String> page = send(request(path).header(CountedRequests.HEADER, key).GET().build());
                assertThat(page.statusCode()).as("GET %s (run %d) answered:%n%s", path, run, text(page.body())).isEqualTo(200);
                assertThat(page.body().split(Pattern.quote(rowMarker), -1).length - 1).as("rows shown by " + path).isEqualTo(rows);
                long statements = CountedRequests.of(key).statements();
                if (run == 2) {
                    return statements;
                }
            }
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        /** Sends, and keeps the cookies set (the session id changes at sign-in). */
        private HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                Matcher cookie = COOKIE.matcher(set);
                if (cookie.find()) {
                    cookies.put(cookie.group(1), cookie.group(2));
                }
            }
            return response;
        }

        /** The words of a page, without its markup, for a message. */
        private static String text(String html) {
            String words = html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                    .replaceAll("\\s+", " ").strip();
            return words.length() > 600 ? words.substring(0, 600) + " ..." : words;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static String base() {
        return "http://localhost:" + CurrentExchange.request().getLocalPort() + CurrentExchange.request().getContextPath();
    }

    private String moduleOfSa() {
        return curriculum.latest(COURSE).modules().stream().filter(m -> m.assignments().stream().anyMatch(a -> a.id().equals(SA)))
                .map(PublishedModule::id).findFirst().orElseThrow();
    }

    private static LocalDate today() {
        return LocalDate.now(PROGRAMME);
    }
}
