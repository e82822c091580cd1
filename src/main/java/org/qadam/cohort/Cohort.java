package org.qadam.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.curriculum.Course;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One run of a course, on the course version it started with. */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {
    }

    /** A new cohort on the course's latest version. */
    public Cohort(String name, Course course, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        rename(name);
        this.course = Objects.requireNonNull(course, "course");
        this.courseVersion = course.latestVersion();
        reschedule(startsOn, endsOn);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        String cleaned = Text.requiredName(newName, MAX_NAME, "error.cohort.nameRequired");
        this.name = cleaned;
    }

    public void reschedule(LocalDate newStart, LocalDate newEnd) {
        if (newStart == null || newEnd == null) {
            throw new InvalidInputException("error.cohort.datesRequired");
        }
        if (newEnd.isBefore(newStart)) {
            throw new InvalidInputException("error.cohort.endsBeforeStart");
        }
        this.startsOn = newStart;
        this.endsOn = newEnd;
    }

    /** Moves the cohort to the course's latest version; refused when it is on it already. */
    public void moveToLatestVersion() {
        if (course.latestVersion() <= courseVersion) {
            throw new ConflictException("error.cohort.onLatestVersion", courseVersion);
        }
        this.courseVersion = course.latestVersion();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Course course() {
        return course;
    }

    public int courseVersion() {
        return courseVersion;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public long version() {
        return version;
    }
}
