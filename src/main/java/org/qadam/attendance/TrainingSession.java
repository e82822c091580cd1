package org.qadam.attendance;

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
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A face-to-face session of a cohort: a training, a round table or a mentoring visit, at a place and a
 * local date and time (the programme's time zone), optionally tied to a module.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public static final int MAX_TEXT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionKind kind;

    @Column(nullable = false, length = MAX_TEXT)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, length = MAX_TEXT)
    private String place;

    @Column(name = "module_id", length = 64)
    private String moduleId;

    @Version
    private long version;

    protected TrainingSession() {
    }

    public TrainingSession(Cohort cohort, SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                           String place, String moduleId) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        change(kind, title, startsAt, endsAt, place, moduleId);
    }

    public void change(SessionKind newKind, String newTitle, LocalDateTime newStart, LocalDateTime newEnd,
                       String newPlace, String newModuleId) {
        if (newKind == null) {
            throw new InvalidInputException("error.session.kindRequired");
        }
        String cleanTitle = Text.requiredName(newTitle, MAX_TEXT, "error.session.titleRequired");
        String cleanPlace = Text.requiredName(newPlace, MAX_TEXT, "error.session.placeRequired");
        if (newStart == null || newEnd == null) {
            throw new InvalidInputException("error.session.timeRequired");
        }
        if (!newEnd.isAfter(newStart)) {
            throw new InvalidInputException("error.session.endsBeforeStart");
        }
        if (newStart.toLocalDate().isBefore(cohort.startsOn()) || newStart.toLocalDate().isAfter(cohort.endsOn())) {
            throw new InvalidInputException("error.session.outsideCohort");
        }
        this.kind = newKind;
        this.title = cleanTitle;
        this.place = cleanPlace;
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.moduleId = newModuleId == null || newModuleId.isBlank() ? null : newModuleId;
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public SessionKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String place() {
        return place;
    }

    public String moduleId() {
        return moduleId;
    }

    public long version() {
        return version;
    }
}
