package org.qadam.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.RawFileBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The four journeys of docs/performance.md, run at once against a running Qadam filled by
 * {@link LoadData}: learners, trainers, coordinators and the public. Each virtual user signs in once
 * (as a person does) and then goes through its pages {@code load.rounds} times with no pause between
 * requests. The closed model keeps {@code load.users} users busy for {@code load.seconds}, shared between
 * the journeys in the proportions below.
 *
 * <p>Every response is checked: a 200 (after redirects), the page one asked for and not the sign-in
 * page or an error, and for partial (ajax) responses an update of the table rather than an error.
 */
public class QadamJourneys extends Simulation {

    private static final String FEEDERS = System.getProperty("load.out", "target/load");
    private static final String PASSWORD = System.getProperty("load.password", "qadam-load-2026");
    private static final int USERS = Integer.getInteger("load.users", 50);
    private static final int SECONDS = Integer.getInteger("load.seconds", 120);
    private static final int ROUNDS = Integer.getInteger("load.rounds", 10);
    /** {@code all} (the four journeys, in the shares below) or {@code home} (every user a learner on My cycle) */
    private static final String JOURNEY = System.getProperty("load.journey", "all");
    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private final HttpProtocolBuilder protocol = http
            .baseUrl(System.getProperty("qadam.url", "http://localhost:8080/"))
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("uz,ru;q=0.8,en;q=0.5")
            .userAgentHeader("Qadam load journeys (Gatling)")
            .disableCaching();

    // ------------------------------------------------------------------ shared steps

    private static CheckBuilder viewState() {
        return css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState");
    }

    /** PrimeFaces' CSP mode: the page's nonce, which the browser sends back with every form. */
    private static CheckBuilder nonce() {
        return regex("PrimeFaces\\.csp\\.init\\('([^']+)'").saveAs("nonce");
    }

    /**
     * A full page of Qadam for a signed-in person: not the sign-in form, not an error page, and whole. Pages
     * without a form of their own (My cycle, the course page) have no view state.
     */
    private static HttpRequestActionBuilder page(String name, String url, String mark) {
        return http(name).get(url).check(status().is(200), substring(mark), substring("login:password").notExists(),
                substring("</html>"));
    }

    /** Such a page with a form that the journey sends next: its view state and nonce are kept for it. */
    private static HttpRequestActionBuilder formPage(String name, String url, String mark) {
        return page(name, url, mark).check(viewState(), nonce());
    }

    private static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login.xhtml").check(status().is(200), viewState(), nonce()))
                .exec(http("sign in").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:email", "#{email}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(status().is(200), substring("login:password").notExists()));
    }

    /** A PrimeFaces ajax request, as the browser sends it when a filter or the paginator changes. */
    private static HttpRequestActionBuilder ajax(String name, String url, String form, String source, String event,
                                                 String render, Map<String, String> fields) {
        HttpRequestActionBuilder request = http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", source)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form);
        if (event != null) {
            request = request.formParam("jakarta.faces.behavior.event", event).formParam("jakarta.faces.partial.event", event);
        }
        for (Map.Entry<String, String> f : fields.entrySet()) {
            request = request.formParam(f.getKey(), f.getValue());
        }
        return request.formParam(VIEW_STATE, "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<update id=\"" + render + "\""), substring("<error>").notExists());
    }

    // ------------------------------------------------------------------ learner

    /**
     * The learners whose assignment is open, from the row {@code load.learners.from} on: a learner hands
     * their work in once, so the warm-up starts half-way down the list and the measured run at its top
     * (reaching the warm-up's learners only if it wraps past the middle, which 120 s at this size does not).
     */
    private static List<Map<String, Object>> learners() {
        List<Map<String, Object>> all = csv(FEEDERS + "/learners.csv").readRecords();
        int from = Integer.getInteger("load.learners.from", 0);
        return from > 0 && from < all.size() ? all.subList(from, all.size()) : all;
    }

    private final ScenarioBuilder learner = scenario("Learner")
            .feed(listFeeder(learners()).circular())
            .exec(signIn())
            .exec(repeat(ROUNDS).on(
                    exec(page("learner: my cycle", "/index.xhtml", "id=\"myCycle\""))
                            .exec(page("learner: course page", "/my-cohort.xhtml?id=#{cohort}", "assignment"))
                            .exec(page("learner: lesson", "/lesson.xhtml?cohort=#{cohort}&lesson=#{lesson}", "lesson"))
                            .exec(http("learner: assignment").get("/assignment.xhtml?cohort=#{cohort}&assignment=#{assignment}")
                                    .check(status().is(200), substring("assignmentFacts"), viewState(), nonce(),
                                            substring("id=\"work\"").exists().saveAs("canWork")))))
            // hand in once, if this learner's assignment is still open for them (the feeder wraps around)
            .doIf(session -> session.contains("canWork")).then(
                    exec(http("learner: upload a small file").post("/assignment.xhtml?cohort=#{cohort}&assignment=#{assignment}")
                            .asMultipartForm()
                            .formParam("work", "work")
                            .formParam("work:text_input", "<p>Our situation analysis, in short.</p>")
                            .formParam("work:upload", "")
                            .formParam(VIEW_STATE, "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .bodyPart(RawFileBodyPart("work:file_input", "small.pdf").fileName("analysis.pdf").contentType("application/pdf"))
                            .check(status().is(200), substring("analysis.pdf"), viewState(), nonce()))
                            .exec(http("learner: hand in").post("/assignment.xhtml?cohort=#{cohort}&assignment=#{assignment}")
                                    .asMultipartForm()
                                    .formParam("work", "work")
                                    .formParam("work:text_input", "<p>Our situation analysis, in short.</p>")
                                    .formParam("work:submit", "")
                                    .formParam(VIEW_STATE, "#{viewState}")
                                    .formParam("primefaces.nonce", "#{nonce}")
                                    .check(status().is(200), substring("id=\"work\"").notExists())));

    // ------------------------------------------------------------------ trainer

    private final ScenarioBuilder trainer = scenario("Trainer")
            .feed(csv(FEEDERS + "/trainers.csv").circular())
            .exec(signIn())
            .exec(repeat(ROUNDS).on(
                    exec(formPage("trainer: grading queue", "/grading.xhtml", "queue:table"))
                            .exec(ajax("trainer: queue filtered (handed in)", "/grading.xhtml", "queue", "queue:status", "change",
                                    "queue:table", Map.of("queue:status_input", "SUBMITTED"))
                                    .check(regex("grade\\.xhtml\\?submission=(\\d+)").findRandom().optional().saveAs("submission")))
                            .exec(ajax("trainer: queue page 3", "/grading.xhtml", "queue", "queue:table", null, "queue:table",
                                    Map.of("queue:table_pagination", "true", "queue:table_first", "50", "queue:table_rows", "25",
                                            "queue:table_skipChildren", "true", "queue:table_encodeFeature", "true")))
                            .doIf(session -> session.contains("submission")).then(
                                    exec(http("trainer: open a submission").get("/grade.xhtml?submission=#{submission}")
                                            .check(status().is(200), substring("id=\"grade\""), viewState(), nonce(),
                                                    regex("name=\"(grade:[^\"]*:level)\"[^>]*value=\"([^\"]*)\"").captureGroups(2).findAll().saveAs("levels")))
                                            .exec(http("trainer: save a grade").post("/grade.xhtml?submission=#{submission}")
                                                    .asMultipartForm()
                                                    .formParamMap(QadamJourneys::gradeForm)
                                                    .check(status().is(200), substring("id=\"grade\""))))
                            .exec(session -> session.remove("submission"))));

    /** Picks the highest level of every criterion and saves the grade as a draft, with feedback. */
    private static Map<String, Object> gradeForm(Session session) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grade", "grade");
        List<List<String>> levels = session.getList("levels");
        Map<String, String> top = new LinkedHashMap<>();
        for (List<String> level : levels) {
            top.put(level.get(0), level.get(1));
        }
        form.putAll(top);
        form.put("grade:feedback_input", "<p>Clear evidence; name the sources of the figures.</p>");
        form.put("grade:saveDraft", "");
        form.put(VIEW_STATE, session.getString("viewState"));
        form.put("primefaces.nonce", session.getString("nonce"));
        return form;
    }

    // ------------------------------------------------------------------ coordinator

    private final ScenarioBuilder coordinator = scenario("Coordinator")
            .feed(csv(FEEDERS + "/coordinators.csv").circular())
            .feed(csv(FEEDERS + "/large-cohort.csv").circular())
            .exec(signIn())
            .exec(repeat(ROUNDS).on(
                    exec(page("coordinator: cohort roster", "/cohort.xhtml?id=#{cohort}", "roster"))
                            .exec(formPage("coordinator: certificate register", "/coordinator/certificates.xhtml", "register:table"))
                            .exec(ajax("coordinator: register search", "/coordinator/certificates.xhtml", "register", "register:text", "keyup",
                                    "register:table", Map.of("register:text", "Karimov")))
                            .exec(page("coordinator: gradebook of the large cohort", "/gradebook.xhtml?cohort=#{cohort}", "book"))));

    // ------------------------------------------------------------------ public

    private final ScenarioBuilder visitor = scenario("Public")
            .feed(csv(FEEDERS + "/certificates.csv").random())
            .exec(repeat(ROUNDS).on(
                    exec(http("public: verification page").get("/verify/#{code}")
                            .check(status().is(200), substring("verify")))
                            .exec(http("public: verification JSON").get("/verify/#{code}.json")
                                    .header("Accept", "application/json")
                                    .check(status().is(200), substring("\"status\"")))));

    // ------------------------------------------------------------------ the learner's home alone

    /**
     * The aim "the learner home above 200 requests a second" measured on its own: every virtual user a
     * learner who signs in once and then asks for My cycle again and again, with no pause, to the end.
     */
    private final ScenarioBuilder home = scenario("Learner home")
            .feed(listFeeder(learners()).circular())
            .exec(signIn())
            .exec(during(Duration.ofSeconds(SECONDS + 10)).on(page("learner: my cycle", "/index.xhtml", "id=\"myCycle\"")));

    {
        Duration ramp = Duration.ofSeconds(10);
        Duration hold = Duration.ofSeconds(SECONDS);
        List<PopulationBuilder> populations = new ArrayList<>();
        switch (JOURNEY) {
            case "home" -> populations.add(home.injectClosed(rampConcurrentUsers(0).to(USERS).during(ramp),
                    constantConcurrentUsers(USERS).during(hold)));
            case "all" -> {
                int learners = Math.max(1, USERS * 50 / 100);
                int trainers = Math.max(1, USERS * 20 / 100);
                int coordinators = Math.max(1, USERS * 10 / 100);
                int visitors = Math.max(1, USERS - learners - trainers - coordinators);
                populations.add(learner.injectClosed(rampConcurrentUsers(0).to(learners).during(ramp), constantConcurrentUsers(learners).during(hold)));
                populations.add(trainer.injectClosed(rampConcurrentUsers(0).to(trainers).during(ramp), constantConcurrentUsers(trainers).during(hold)));
                populations.add(coordinator.injectClosed(rampConcurrentUsers(0).to(coordinators).during(ramp), constantConcurrentUsers(coordinators).during(hold)));
                populations.add(visitor.injectClosed(rampConcurrentUsers(0).to(visitors).during(ramp), constantConcurrentUsers(visitors).during(hold)));
            }
            default -> throw new IllegalArgumentException("load.journey is all or home, not " + JOURNEY);
        }
        setUp(populations).protocols(protocol).assertions(global().failedRequests().count().is(0L));
    }
}
