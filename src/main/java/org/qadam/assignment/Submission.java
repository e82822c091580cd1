package org.qadam.assignment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.cohort.Cohort;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One attempt at an assignment by a learner or an NGO team: the text and files while it is a draft, the
 * moment it was handed in (and whether that was late), then the trainer's rubric levels, total and
 * feedback. A returned attempt stays as it was; the next attempt is a new row.
 */
@Entity
@Table(name = "submission")
public class Submission {

    /** About 100 pages of text, well above any real answer; the files carry the long documents. */
    public static final int MAX_TEXT = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "module_id", nullable = false, length = 64)
    private String moduleId;

    @Column(name = "assignment_id", nullable = false, length = 64)
    private String assignmentId;

    @Column(name = "owner_key", nullable = false, length = 24)
    private String ownerKey;

    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private int attempt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionStatus status;

    @Lob
    @Column(name = "text_html")
    private String textHtml;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private long savedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(precision = 9, scale = 2)
    private BigDecimal total;

    @Lob
    @Column(name = "feedback_html")
    private String feedbackHtml;

    @Column(name = "graded_by")
    private Long gradedBy;

    @Column(name = "graded_at")
    private Instant gradedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @CollectionTable(name = "submission_score", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "criterion_id", length = 64)
    @Column(name = "points", precision = 9, scale = 2, nullable = false)
    private Map<String, BigDecimal> scores = new TreeMap<>();

    @Version
    private long version;

    protected Submission() {
    }

    /** A new draft: the first attempt, or the next one after the previous was returned. */
    public Submission(Cohort cohort, String moduleId, String assignmentId, Owner owner, Long organisationId, int attempt,
                      Instant at, long by) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
        this.assignmentId = Objects.requireNonNull(assignmentId, "assignmentId");
        this.ownerKey = owner.key();
        this.enrolmentId = owner.enrolmentId();
        this.teamId = owner.teamId();
        this.organisationId = organisationId;
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        this.attempt = attempt;
        this.status = SubmissionStatus.DRAFT;
        this.createdAt = at;
        this.savedAt = at;
        this.savedBy = by;
    }

    /** Replaces the draft's text with already sanitised HTML. */
    public void writeText(String safeHtml, Instant at, long by) {
        requireDraft();
        if (safeHtml != null && safeHtml.length() > MAX_TEXT) {
            throw new InvalidInputException("error.submission.textTooLong", MAX_TEXT);
        }
        this.textHtml = safeHtml == null || safeHtml.isBlank() ? null : safeHtml;
        this.savedAt = at;
        this.savedBy = by;
    }

    /** Hands the draft in; refused when there is neither text nor a file. */
    public void submit(Instant at, long by, boolean isLate, boolean hasFiles) {
        requireDraft();
        if (textHtml == null && !hasFiles) {
            throw new InvalidInputException("error.submission.empty");
        }
        this.status = SubmissionStatus.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
        this.late = isLate;
        this.savedAt = at;
        this.savedBy = by;
    }

    public void requireDraft() {
        if (status != SubmissionStatus.DRAFT) {
            throw new ConflictException("error.submission.notDraft");
        }
    }

    /**
     * A trainer's grade: the levels picked per criterion (all of them to mark graded or release), the total
     * they add up to, and the feedback (required to return the work). A released grade can only be
     * corrected and released again. Returns the audit record of the change.
     */
    public GradeChange grade(GradeAction action, Map<String, BigDecimal> newScores, BigDecimal newTotal,
                             boolean rubricComplete, String safeFeedback, Instant at, long by) {
        if (!status.gradable()) {
            throw new ConflictException("error.grade.notGradable");
        }
        if (status == SubmissionStatus.RELEASED && action != GradeAction.RELEASE) {
            throw new ConflictException("error.grade.alreadyReleased");
        }
        if ((action == GradeAction.MARK_GRADED || action == GradeAction.RELEASE) && !rubricComplete) {
            throw new InvalidInputException("error.grade.incomplete");
        }
        String feedback = safeFeedback == null || safeFeedback.isBlank() ? null : safeFeedback;
        if (action == GradeAction.RETURN && feedback == null) {
            throw new InvalidInputException("error.grade.feedbackRequired");
        }
        if (feedback != null && feedback.length() > MAX_TEXT) {
            throw new InvalidInputException("error.submission.textTooLong", MAX_TEXT);
        }
        GradeChange change = new GradeChange(id, at, by, action, status, action.leadsTo(), total, newTotal,
                GradeChange.describe(scores), GradeChange.describe(newScores));
        this.scores.clear();
        this.scores.putAll(newScores);
        this.total = newScores.isEmpty() ? null : newTotal;
        this.feedbackHtml = feedback;
        this.status = action.leadsTo();
        this.gradedBy = by;
        this.gradedAt = at;
        if (action == GradeAction.RELEASE) {
            this.releasedAt = at;
        }
        return change;
    }

    /** Releases a grade already marked graded (the bulk release of an assignment). */
    public GradeChange release(Instant at, long by) {
        if (status != SubmissionStatus.GRADED) {
            throw new ConflictException("error.grade.notGradable");
        }
        GradeChange change = new GradeChange(id, at, by, GradeAction.RELEASE, status, SubmissionStatus.RELEASED, total, total,
                GradeChange.describe(scores), GradeChange.describe(scores));
        this.status = SubmissionStatus.RELEASED;
        this.releasedAt = at;
        return change;
    }

    /** Passed: released at or above the assignment's pass mark. */
    public boolean passed(BigDecimal passMark) {
        return status == SubmissionStatus.RELEASED && total != null && total.compareTo(passMark) >= 0;
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public String moduleId() {
        return moduleId;
    }

    public String assignmentId() {
        return assignmentId;
    }

    public Owner owner() {
        return Owner.parse(ownerKey);
    }

    public String ownerKey() {
        return ownerKey;
    }

    public Long enrolmentId() {
        return enrolmentId;
    }

    public Long teamId() {
        return teamId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public int attempt() {
        return attempt;
    }

    public SubmissionStatus status() {
        return status;
    }

    public String textHtml() {
        return textHtml;
    }

    public boolean late() {
        return late;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant savedAt() {
        return savedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Long submittedBy() {
        return submittedBy;
    }

    public BigDecimal total() {
        return total;
    }

    public String feedbackHtml() {
        return feedbackHtml;
    }

    public Long gradedBy() {
        return gradedBy;
    }

    public Instant gradedAt() {
        return gradedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public Map<String, BigDecimal> scores() {
        return Map.copyOf(scores);
    }

    public long version() {
        return version;
    }
}
