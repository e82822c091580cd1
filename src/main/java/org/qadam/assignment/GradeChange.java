package org.qadam.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One change of a grade, kept for good: who, when, what was done, and from what to what. */
@Entity
@Table(name = "grade_change")
public class GradeChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private GradeAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 16)
    private SubmissionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private SubmissionStatus toStatus;

    @Column(name = "from_total", precision = 9, scale = 2)
    private BigDecimal fromTotal;

    @Column(name = "to_total", precision = 9, scale = 2)
    private BigDecimal toTotal;

    @Column(name = "from_scores", length = 2000)
    private String fromScores;

    @Column(name = "to_scores", length = 2000)
    private String toScores;

    protected GradeChange() {
    }

    GradeChange(Long submissionId, Instant changedAt, long changedBy, GradeAction action, SubmissionStatus fromStatus,
                SubmissionStatus toStatus, BigDecimal fromTotal, BigDecimal toTotal, String fromScores, String toScores) {
        this.submissionId = submissionId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.fromTotal = fromTotal;
        this.toTotal = toTotal;
        this.fromScores = fromScores;
        this.toScores = toScores;
    }

    /** The levels as "criterion=points" pairs in criterion order, e.g. "clarity=10; evidence=12.5". */
    static String describe(Map<String, BigDecimal> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        String text = new TreeMap<>(scores).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("; "));
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    public Long id() {
        return id;
    }

    public Long submissionId() {
        return submissionId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long changedBy() {
        return changedBy;
    }

    public GradeAction action() {
        return action;
    }

    public SubmissionStatus fromStatus() {
        return fromStatus;
    }

    public SubmissionStatus toStatus() {
        return toStatus;
    }

    public BigDecimal fromTotal() {
        return fromTotal;
    }

    public BigDecimal toTotal() {
        return toTotal;
    }

    public String fromScores() {
        return fromScores;
    }

    public String toScores() {
        return toScores;
    }
}
