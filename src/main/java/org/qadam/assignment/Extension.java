package org.qadam.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;

import java.time.Instant;
import java.time.LocalDate;

/**
 * More time for one learner or NGO team on one assignment: work handed in up to and including the day
 * {@code until} is accepted and not late, whatever the cohort's due and cut-off dates say.
 */
@Entity
@Table(name = "extension")
public class Extension {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "assignment_id", nullable = false, length = 64)
    private String assignmentId;

    @Column(name = "owner_key", nullable = false, length = 24)
    private String ownerKey;

    @Column(name = "until_on", nullable = false)
    private LocalDate untilOn;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Version
    private long version;

    protected Extension() {
    }

    public Extension(long cohortId, String assignmentId, Owner owner) {
        this.cohortId = cohortId;
        this.assignmentId = assignmentId;
        this.ownerKey = owner.key();
    }

    public void grant(LocalDate until, String why, LocalDate today, Instant at, long by) {
        if (until == null) {
            throw new InvalidInputException("error.extension.untilRequired");
        }
        if (until.isBefore(today)) {
            throw new InvalidInputException("error.extension.inThePast");
        }
        String cleanReason = Text.tidy(why);
        if (cleanReason.length() > MAX_REASON) {
            throw new InvalidInputException("error.reason.tooLong", MAX_REASON);
        }
        this.untilOn = until;
        this.reason = cleanReason.isEmpty() ? null : cleanReason;
        this.grantedAt = at;
        this.grantedBy = by;
    }

    public Long id() {
        return id;
    }

    public Long cohortId() {
        return cohortId;
    }

    public String assignmentId() {
        return assignmentId;
    }

    public String ownerKey() {
        return ownerKey;
    }

    public LocalDate untilOn() {
        return untilOn;
    }

    public String reason() {
        return reason;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
