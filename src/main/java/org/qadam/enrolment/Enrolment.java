package org.qadam.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.cohort.Cohort;
import org.qadam.identity.Account;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;

import java.time.Instant;
import java.util.Objects;

/**
 * A person in a cohort and where they stand: requested, active, completed, withdrawn or declined.
 * Withdrawn learners keep their history (progress and attendance stay); only the status changes.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "status_at", nullable = false)
    private Instant statusAt;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Version
    private long version;

    protected Enrolment() {
    }

    private Enrolment(Cohort cohort, Account account, EnrolmentStatus status, Instant at) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.account = Objects.requireNonNull(account, "account");
        this.status = status;
        this.requestedAt = Objects.requireNonNull(at, "at");
        this.statusAt = at;
    }

    /** A person's own request to join; a coordinator approves or declines it. */
    public static Enrolment requested(Cohort cohort, Account account, Instant at) {
        if (!cohort.isOpenForRequests()) {
            throw new ConflictException("error.enrolment.notOpen");
        }
        return new Enrolment(cohort, account, EnrolmentStatus.REQUESTED, at);
    }

    /** Enrolled by a coordinator: active at once, in a team. */
    public static Enrolment enrolled(Cohort cohort, Account account, Team team, Instant at, long by) {
        Enrolment e = new Enrolment(cohort, account, EnrolmentStatus.ACTIVE, at);
        e.team = team;
        e.decidedBy = by;
        return e;
    }

    public void approve(Team intoTeam, Instant at, long by) {
        requireStatus(EnrolmentStatus.REQUESTED);
        change(EnrolmentStatus.ACTIVE, null, at, by);
        this.team = intoTeam;
    }

    /** A coordinator enrols someone whose request is open or was declined: active at once. */
    public void enrolAfterRequest(Team intoTeam, Instant at, long by) {
        if (status != EnrolmentStatus.REQUESTED && status != EnrolmentStatus.DECLINED) {
            throw new ConflictException("error.enrolment.wrongStatus", status.label());
        }
        change(EnrolmentStatus.ACTIVE, null, at, by);
        this.team = intoTeam;
    }

    public void decline(String why, Instant at, long by) {
        requireStatus(EnrolmentStatus.REQUESTED);
        change(EnrolmentStatus.DECLINED, requiredReason(why), at, by);
    }

    /** A declined person may ask again. */
    public void requestAgain(Instant at) {
        requireStatus(EnrolmentStatus.DECLINED);
        if (!cohort.isOpenForRequests()) {
            throw new ConflictException("error.enrolment.notOpen");
        }
        this.requestedAt = at;
        change(EnrolmentStatus.REQUESTED, null, at, null);
    }

    public void withdraw(String why, Instant at, long by) {
        if (!status.takesAPlace()) {
            throw new ConflictException("error.enrolment.wrongStatus", status.label());
        }
        change(EnrolmentStatus.WITHDRAWN, requiredReason(why), at, by);
    }

    /** Back from withdrawn to active, with everything done before still there. */
    public void reinstate(Instant at, long by) {
        requireStatus(EnrolmentStatus.WITHDRAWN);
        change(EnrolmentStatus.ACTIVE, null, at, by);
    }

    /** The course's completion rule is met. */
    public void complete(Instant at) {
        requireStatus(EnrolmentStatus.ACTIVE);
        change(EnrolmentStatus.COMPLETED, null, at, null);
    }

    /** Completion no longer holds (attendance corrected, say): back to active. */
    public void reopen(Instant at) {
        requireStatus(EnrolmentStatus.COMPLETED);
        change(EnrolmentStatus.ACTIVE, null, at, null);
    }

    public void moveTo(Team newTeam) {
        if (newTeam != null && !newTeam.cohort().id().equals(cohort.id())) {
            throw new InvalidInputException("error.team.otherCohort");
        }
        this.team = newTeam;
    }

    private void requireStatus(EnrolmentStatus wanted) {
        if (status != wanted) {
            throw new ConflictException("error.enrolment.wrongStatus", status.label());
        }
    }

    private void change(EnrolmentStatus newStatus, String why, Instant at, Long by) {
        this.status = newStatus;
        this.reason = why;
        this.statusAt = Objects.requireNonNull(at, "at");
        if (by != null) {
            this.decidedBy = by;
        }
    }

    private static String requiredReason(String why) {
        String cleaned = Text.tidy(why);
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("error.enrolment.reasonRequired");
        }
        if (cleaned.length() > MAX_REASON) {
            throw new InvalidInputException("error.text.tooLong", MAX_REASON);
        }
        return cleaned;
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public Account account() {
        return account;
    }

    public Team team() {
        return team;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant statusAt() {
        return statusAt;
    }

    public String reason() {
        return reason;
    }

    public long version() {
        return version;
    }
}
