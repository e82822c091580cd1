package org.qadam.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.cohort.Cohort;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;
import org.qadam.shared.files.StoredFile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate as issued: who holds it, the course and cohort it is for, what it said (copied, never read
 * again from the course), its verification code, its PDF in the file store with its SHA-256, and whether
 * it is still valid, revoked or superseded by a re-issued one.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = VerificationCode.LENGTH)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "enrolment_id", nullable = false)
    private Long enrolmentId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "holder_name", nullable = false, length = 120)
    private String holderName;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "course_code", nullable = false, length = 64)
    private String courseCode;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "cohort_name", nullable = false, length = 200)
    private String cohortName;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /** The course's title and the issuer in every language, as JSON. */
    @Lob
    @Column(nullable = false)
    private String details;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false)
    private long issuedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CertificateStatus status;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(name = "status_by")
    private Long statusBy;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "valid_slot")
    private Long validSlot;

    @Column(name = "pdf_key", nullable = false, length = 64)
    private String pdfKey;

    @Column(name = "pdf_sha256", nullable = false, length = 64)
    private String pdfSha256;

    @Column(name = "pdf_size", nullable = false)
    private long pdfSize;

    @Version
    private long version;

    protected Certificate() {
    }

    public Certificate(String code, Cohort cohort, long enrolmentId, long accountId, CertificateContent content,
                       String details, StoredFile pdf, Instant at, long by) {
        this.code = code;
        this.cohort = cohort;
        this.enrolmentId = enrolmentId;
        this.accountId = accountId;
        this.holderName = content.holderName();
        this.language = content.language();
        this.courseCode = cohort.course().code();
        this.courseVersion = cohort.courseVersion();
        this.cohortName = cohort.name();
        this.startsOn = cohort.startsOn();
        this.endsOn = cohort.endsOn();
        this.details = details;
        this.issuedAt = at;
        this.issuedBy = by;
        this.status = CertificateStatus.VALID;
        this.statusAt = at;
        this.validSlot = enrolmentId;
        this.pdfKey = pdf.key();
        this.pdfSha256 = pdf.sha256();
        this.pdfSize = pdf.size();
    }

    /** Withdraws the certificate for good, with the reason anyone verifying it will read. */
    public void revoke(String why, Instant at, long by) {
        if (status != CertificateStatus.VALID) {
            throw new ConflictException("error.certificate.notValid");
        }
        String clean = Text.tidy(why);
        if (clean.isEmpty()) {
            throw new InvalidInputException("error.certificate.reasonRequired");
        }
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("error.reason.tooLong", MAX_REASON);
        }
        this.status = CertificateStatus.REVOKED;
        this.reason = clean;
        this.statusAt = at;
        this.statusBy = by;
        this.validSlot = null;
    }

    /** Replaced by a re-issued certificate (a corrected name, say); verifying this one points to that one. */
    public void supersede(String why, Instant at, long by) {
        if (status != CertificateStatus.VALID) {
            throw new ConflictException("error.certificate.notValid");
        }
        String clean = Text.tidy(why);
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("error.reason.tooLong", MAX_REASON);
        }
        this.status = CertificateStatus.SUPERSEDED;
        this.reason = clean.isEmpty() ? null : clean;
        this.statusAt = at;
        this.statusBy = by;
        this.validSlot = null;
    }

    public void supersededBy(long newer) {
        this.supersededBy = newer;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public Long accountId() {
        return accountId;
    }

    public String holderName() {
        return holderName;
    }

    public String language() {
        return language;
    }

    public String courseCode() {
        return courseCode;
    }

    public int courseVersion() {
        return courseVersion;
    }

    public String cohortName() {
        return cohortName;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String details() {
        return details;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public CertificateStatus status() {
        return status;
    }

    public Instant statusAt() {
        return statusAt;
    }

    public String reason() {
        return reason;
    }

    public Long supersededBy() {
        return supersededBy;
    }

    public StoredFile pdf() {
        return new StoredFile(pdfKey, pdfSize, pdfSha256);
    }

    public long version() {
        return version;
    }
}
