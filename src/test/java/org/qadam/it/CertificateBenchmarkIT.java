package org.qadam.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qadam.certificate.BulkIssuing;
import org.qadam.certificate.VerificationCode;
import org.qadam.identity.Role;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk issuing of a 1,000-person cohort end to end (PDF, file store, database), and the time of one
 * certificate's verification page. Prints figures; run with {@code mvn -B -ntp verify -Pbenchmark}
 * (docs/performance.md). Not part of the normal test run.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateBenchmarkIT {

    private static final Logger LOG = Logger.getLogger(CertificateBenchmarkIT.class.getName());
    private static final int PEOPLE = Integer.getInteger("qadam.benchmark.people", 1000);
    private static final int WARM_UP = 200;

    @Deployment
    static WebArchive deployment() {
        return QadamDeployment.realWar();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    BulkIssuing bulk;

    @Test
    void bulkIssuingOfAThousandPersonCohortAndOneVerificationPage() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tashkent"));
        long cohort = fixtures.cohort("ngo-cycle", today.minusYears(1), today.minusDays(1), fixtures.region(), null, false);
        long coordinator = fixtures.person(Fixtures.uniqueEmail("coordinator"), Role.COORDINATOR).id();
        long prepared = System.nanoTime();
        for (int i = 0; i < PEOPLE; i++) {
            long e = fixtures.enrol(cohort, fixtures.person(Fixtures.uniqueEmail("bench"), Role.LEARNER).id());
            fixtures.complete(e);
        }
        double setup = (System.nanoTime() - prepared) / 1e9;

        // a first, smaller cohort right after start: the figures of a cold server, while the JIT compiles
        long warmUp = fixtures.cohort("ngo-cycle", today.minusYears(1), today.minusDays(1), fixtures.region(), null, false);
        for (int i = 0; i < WARM_UP; i++) {
            fixtures.complete(fixtures.enrol(warmUp, fixtures.person(Fixtures.uniqueEmail("warm"), Role.LEARNER).id()));
        }
        long coldStart = System.nanoTime();
        bulk.issueEach(bulk.pending(warmUp), coordinator, () -> { }, () -> { });
        double cold = (System.nanoTime() - coldStart) / 1e9;

        List<Long> pending = bulk.pending(cohort);
        assertThat(pending).hasSize(PEOPLE);
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        int made = bulk.issueEach(pending, coordinator, () -> { }, failed::incrementAndGet);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(made).isEqualTo(PEOPLE);
        assertThat(failed).hasValue(0);

        // one certificate's verification page, as a visitor opens it (under the per-address limit)
        String code = fixtures.firstCertificateCode(cohort);
        String base = "http://localhost:" + CurrentExchange.request().getLocalPort() + CurrentExchange.request().getContextPath();
        HttpClient http = HttpClient.newHttpClient();
        List<Double> pages = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long t = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/verify.xhtml?code="
                    + VerificationCode.format(code))).build(), HttpResponse.BodyHandlers.ofString());
            pages.add((System.nanoTime() - t) / 1e6);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("verification-VALID");
        }
        Collections.sort(pages);
        int threads = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("qadam.certificates.issuing-threads", Integer.class).orElse(2);
        String figures = String.format(java.util.Locale.ROOT,
                "%nBENCHMARK certificates: %d issued in %.1f s = %.0f certificates/s (%.1f ms each; PDF, file store, database;"
                        + " one transaction each, on %d threads)%nBENCHMARK verification page: median %.1f ms, p95 %.1f ms, first %.1f ms (25 requests)"
                        + "%nBENCHMARK first run after start (cold): %d certificates in %.1f s = %.0f certificates/s"
                        + "%nBENCHMARK setup of %d completed learners: %.1f s%n",
                made, seconds, made / seconds, seconds * 1000 / made, threads, pages.get(12), pages.get(23), pages.get(0),
                WARM_UP, cold, WARM_UP / cold, PEOPLE, setup);
        LOG.info(figures);
        System.out.println(figures);
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "certificate-benchmark.txt"), figures);
    }

}
