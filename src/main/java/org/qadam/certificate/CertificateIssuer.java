package org.qadam.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.cohort.Cohort;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.enrolment.Enrolment;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.files.FileStore;
import org.qadam.shared.files.StoredFile;
import org.qadam.shared.web.Feedback;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issues one certificate, once: the enrolment's row is locked first, so that two bulk runs, a double
 * click or a retry after a crash find the certificate the first one made and return it. Checks of who
 * may issue are made by the callers ({@link Certificates}, the completion rule).
 */
@ApplicationScoped
public class CertificateIssuer {

    /** Issued by Qadam itself, on completion, for a course that issues certificates automatically. */
    public static final long AUTOMATIC = 0;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    Curriculum curriculum;
    @Inject
    FileStore files;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "qadam.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    /** The outcome: the valid certificate, and whether it was made now. */
    public record Issued(Certificate certificate, boolean fresh) {
    }

    /** In the caller's transaction. */
    @Transactional
    public Issued issue(long enrolmentId, long by) {
        Enrolment e = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw new NotFoundException("error.notFound");
        }
        Certificate existing = valid(enrolmentId);
        if (existing != null) {
            return new Issued(existing, false);
        }
        if (e.status() != EnrolmentStatus.COMPLETED && e.status() != EnrolmentStatus.ACTIVE) {
            throw new ConflictException("error.enrolment.wrongStatus", e.status().label());
        }
        if (curriculum.version(e.cohort().course().code(), e.cohort().courseVersion()).certificateIssue() == null) {
            throw new ConflictException("error.certificate.noneForCourse");
        }
        return new Issued(make(e, by), true);
    }

    /** In a transaction of its own, for bulk runs: one person's failure does not undo the others. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Issued issueAlone(long enrolmentId, long by) {
        return issue(enrolmentId, by);
    }

    /** Replaces a valid certificate with a new one (a corrected name, say), in one transaction. */
    @Transactional
    public Certificate reissue(Certificate old, String why, long by) {
        Enrolment e = em.find(Enrolment.class, old.enrolmentId(), LockModeType.PESSIMISTIC_WRITE);
        old.supersede(why, clock.instant(), by);
        em.flush();
        Certificate fresh = make(e, by);
        old.supersededBy(fresh.id());
        return fresh;
    }

    Certificate valid(long enrolmentId) {
        return em.createQuery("select c from Certificate c where c.enrolmentId = :e and c.status = :valid", Certificate.class)
                .setParameter("e", enrolmentId).setParameter("valid", CertificateStatus.VALID)
                .getResultStream().findFirst().orElse(null);
    }

    private Certificate make(Enrolment e, long by) {
        Cohort cohort = e.cohort();
        PublishedCourse course = curriculum.version(cohort.course().code(), cohort.courseVersion());
        String language = e.account().language().code();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String code = VerificationCode.generate(RANDOM);
        List<CertificateContent.Signatory> signatories = new ArrayList<>();
        for (PublishedCourse.PublishedSignatory s : course.certificateSignatories()) {
            signatories.add(new CertificateContent.Signatory(s.name(), s.title(), image(course, s.signature()), image(course, s.logo())));
        }
        CertificateContent content = new CertificateContent(e.account().displayName(), language, course.title(),
                course.certificateWording(), cohort.name(), cohort.startsOn(), cohort.endsOn(), today, code,
                verifyUrl(code), signatories);
        Locale locale = e.account().language().locale();
        byte[] pdf = CertificatePdf.render(content, key -> Feedback.text(locale, key));
        StoredFile stored = files.store(new ByteArrayInputStream(pdf), pdf.length);
        Certificate certificate = new Certificate(code, cohort, e.id(), e.account().id(), content, details(course), stored, now, by);
        em.persist(certificate);
        em.flush();
        return certificate;
    }

    /** The address the QR code and the PDF give: {@code <public-url>verify/<code>}. */
    public String verifyUrl(String code) {
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return base + "verify/" + VerificationCode.format(code);
    }

    private byte[] image(PublishedCourse course, String name) {
        if (name == null) {
            return null;
        }
        // the course names its images by their path ("images/seal.png"); they are kept by their file name
        String file = name.startsWith("images/") ? name.substring("images/".length()) : name;
        return curriculum.image(course.code(), course.number(), file).map(Curriculum.Image::content).orElse(null);
    }

    /** The course's title and the issuer (the first signatory's title) in every language, kept with the certificate. */
    private static String details(PublishedCourse course) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        json.add("course", object(course.title()));
        List<PublishedCourse.PublishedSignatory> signatories = course.certificateSignatories();
        json.add("issuer", object(signatories.isEmpty() ? Map.of() : signatories.get(0).title()));
        return json.build().toString();
    }

    private static JsonObjectBuilder object(Map<String, String> texts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        texts.forEach(object::add);
        return object;
    }
}
