package org.qadam.cohort;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.qadam.curriculum.Course;
import org.qadam.identity.Account;
import org.qadam.identity.Role;
import org.qadam.organisation.Region;
import org.qadam.shared.ConflictException;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One run of a course (a "cycle"), on the course version it started with: its dates, regions, trainers,
 * capacity and the release schedule of its modules.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    public static final int MAX_NAME = 200;
    public static final int MAX_CAPACITY = 10_000;

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

    /** At most this many active and completed learners; {@code null} for no limit. */
    private Integer capacity;

    @Column(name = "open_for_requests", nullable = false)
    private boolean openForRequests;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "cohort_region", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    private Set<Region> regions = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> trainers = new HashSet<>();

    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "module_release", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderBy("position")
    private List<ModuleRelease> releases = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Cohort() {
    }

    /** A new cohort on the course's latest version, whose modules open one after the other from the start. */
    public Cohort(String name, Course course, LocalDate startsOn, LocalDate endsOn, Instant createdAt,
                  List<String> moduleIds) {
        rename(name);
        this.course = Objects.requireNonNull(course, "course");
        this.courseVersion = course.latestVersion();
        reschedule(startsOn, endsOn);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        for (int i = 0; i < moduleIds.size(); i++) {
            releases.add(ModuleRelease.onCompletionOfPrevious(moduleIds.get(i), i));
        }
    }

    public void rename(String newName) {
        this.name = Text.requiredName(newName, MAX_NAME, "error.cohort.nameRequired");
    }

    public void reschedule(LocalDate newStart, LocalDate newEnd) {
        if (newStart == null || newEnd == null) {
            throw new InvalidInputException("error.cohort.datesRequired");
        }
        if (newEnd.isBefore(newStart)) {
            throw new InvalidInputException("error.cohort.endsBeforeStart");
        }
        for (ModuleRelease r : releases) {
            if (r.opensOn() != null && (r.opensOn().isBefore(newStart) || r.opensOn().isAfter(newEnd))) {
                throw new InvalidInputException("error.cohort.releaseOutsideDates", r.position() + 1);
            }
        }
        this.startsOn = newStart;
        this.endsOn = newEnd;
    }

    /** {@code null} for no limit; otherwise between 1 and {@value #MAX_CAPACITY}, and not below who is in already. */
    public void limitTo(Integer newCapacity, long alreadyIn) {
        if (newCapacity != null && (newCapacity < 1 || newCapacity > MAX_CAPACITY)) {
            throw new InvalidInputException("error.cohort.capacityRange", MAX_CAPACITY);
        }
        if (newCapacity != null && newCapacity < alreadyIn) {
            throw new InvalidInputException("error.cohort.capacityBelowEnrolled", alreadyIn);
        }
        this.capacity = newCapacity;
    }

    public void openForRequests(boolean open) {
        this.openForRequests = open;
    }

    public void coverRegions(Collection<Region> newRegions) {
        if (newRegions == null || newRegions.isEmpty()) {
            throw new InvalidInputException("error.cohort.regionsRequired");
        }
        regions.clear();
        regions.addAll(newRegions);
    }

    /** The trainers who run the cohort; each must hold the trainer role and be active. */
    public void runBy(Collection<Account> newTrainers) {
        for (Account trainer : newTrainers) {
            if (!trainer.holds(Role.TRAINER) || !trainer.isActive()) {
                throw new InvalidInputException("error.cohort.notATrainer", trainer.displayName());
            }
        }
        trainers.clear();
        trainers.addAll(newTrainers);
    }

    /**
     * Replaces the release schedule: one entry per module of the course version, in the course's order.
     * A date must fall within the cohort's dates.
     */
    public void releaseModules(List<ModuleRelease> schedule) {
        if (schedule.size() != releases.size()) {
            throw new InvalidInputException("error.cohort.scheduleIncomplete");
        }
        for (int i = 0; i < schedule.size(); i++) {
            ModuleRelease r = schedule.get(i);
            if (!r.moduleId().equals(releases.get(i).moduleId()) || r.position() != i) {
                throw new InvalidInputException("error.cohort.scheduleIncomplete");
            }
            if (!r.onCompletion() && r.opensOn() == null) {
                throw new InvalidInputException("error.cohort.releaseDateRequired", i + 1);
            }
            if (r.opensOn() != null && (r.opensOn().isBefore(startsOn) || r.opensOn().isAfter(endsOn))) {
                throw new InvalidInputException("error.cohort.releaseOutsideDates", i + 1);
            }
        }
        releases.clear();
        releases.addAll(schedule);
    }

    /**
     * Gives a cohort without a release schedule (one made before schedules existed) the default one:
     * the first module opens with the cohort, each later one on completion of the one before.
     */
    public boolean startScheduleIfMissing(List<String> moduleIds) {
        if (!releases.isEmpty()) {
            return false;
        }
        for (int i = 0; i < moduleIds.size(); i++) {
            releases.add(ModuleRelease.onCompletionOfPrevious(moduleIds.get(i), i));
        }
        return true;
    }

    /** Whether one more learner fits, given how many are active or completed now. */
    public boolean hasRoomFor(long alreadyIn, int more) {
        return capacity == null || alreadyIn + more <= capacity;
    }

    /**
     * Moves the cohort to the course's latest version; refused when it is on it already. Modules kept by
     * the new version keep their release; new modules open on completion of the previous one.
     */
    public void moveToLatestVersion(List<String> newModuleIds) {
        if (course.latestVersion() <= courseVersion) {
            throw new ConflictException("error.cohort.onLatestVersion", courseVersion);
        }
        Map<String, ModuleRelease> old = new HashMap<>();
        releases.forEach(r -> old.put(r.moduleId(), r));
        List<ModuleRelease> next = new ArrayList<>();
        for (int i = 0; i < newModuleIds.size(); i++) {
            ModuleRelease before = old.get(newModuleIds.get(i));
            next.add(before != null && !before.onCompletion()
                    ? ModuleRelease.onDate(newModuleIds.get(i), i, before.opensOn())
                    : ModuleRelease.onCompletionOfPrevious(newModuleIds.get(i), i));
        }
        releases.clear();
        releases.addAll(next);
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

    public Integer capacity() {
        return capacity;
    }

    public boolean isOpenForRequests() {
        return openForRequests;
    }

    public Set<Region> regions() {
        return Set.copyOf(regions);
    }

    public Set<Account> trainers() {
        return Set.copyOf(trainers);
    }

    public List<ModuleRelease> releases() {
        return List.copyOf(releases);
    }

    public long version() {
        return version;
    }
}
