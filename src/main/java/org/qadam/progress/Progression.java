package org.qadam.progress;

import org.qadam.cohort.ModuleRelease;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedModule;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of moving through a cohort, without the database: which modules are open, completed or
 * closed for a learner today, when a module counts as completed, and whether attendance meets the
 * course's rule.
 */
public final class Progression {

    private Progression() {
    }

    public enum State { COMPLETED, OPEN, CLOSED }

    /** A module as a learner sees it: closed modules show their title and when they open, not their content. */
    public record ModuleView(String id, Map<String, String> title, int position, State state, LocalDate opensOn,
                             boolean waitsForPrevious, int lessons, int lessonsDone) implements Serializable {
        public boolean isOpen() {
            return state != State.CLOSED;
        }
    }

    /** Each module of the course version, in order, with its state for one learner today. */
    public static List<ModuleView> modules(PublishedCourse course, List<ModuleRelease> releases, LocalDate cohortStart,
                                           LocalDate today, Set<String> completedModules, Set<String> lessonsDone) {
        List<ModuleView> views = new ArrayList<>();
        boolean previousCompleted = false;
        for (int i = 0; i < course.modules().size(); i++) {
            PublishedModule module = course.modules().get(i);
            ModuleRelease release = i < releases.size() && releases.get(i).moduleId().equals(module.id())
                    ? releases.get(i) : ModuleRelease.onCompletionOfPrevious(module.id(), i);
            State state;
            if (completedModules.contains(module.id())) {
                state = State.COMPLETED;
            } else if (release.isOpen(today, previousCompleted, cohortStart)) {
                state = State.OPEN;
            } else {
                state = State.CLOSED;
            }
            int done = (int) module.lessons().stream().filter(l -> lessonsDone.contains(l.id())).count();
            views.add(new ModuleView(module.id(), module.title(), i, state, release.opensOn(cohortStart),
                    release.onCompletion() && i > 0, module.lessons().size(), done));
            previousCompleted = state == State.COMPLETED;
        }
        return views;
    }

    /**
     * A module is completed when every lesson is marked done and every assignment passed. Assignments are
     * graded from issue 5 on; until an assignment is passed, its module stays open, not completed.
     */
    public static boolean isComplete(PublishedModule module, Set<String> lessonsDone, Set<String> assignmentsPassed) {
        return module.lessons().stream().allMatch(l -> lessonsDone.contains(l.id()))
                && module.assignments().stream().allMatch(a -> assignmentsPassed.contains(a.id()));
    }

    /**
     * A learner's attendance as it counts: the sessions held (started, or with attendance recorded) since
     * they joined the cohort, and any earlier one at which they were recorded; how many of those they attended (present or late) and how many
     * they were excused from.
     */
    public record AttendanceTally(long held, long attended, long excused) implements Serializable {

        public static AttendanceTally of(Map<Long, java.time.LocalDateTime> heldSessions, java.time.LocalDateTime joined,
                                         Map<Long, org.qadam.attendance.AttendanceStatus> records) {
            long held = 0;
            long attended = 0;
            long excused = 0;
            for (Map.Entry<Long, java.time.LocalDateTime> session : heldSessions.entrySet()) {
                org.qadam.attendance.AttendanceStatus status = records.get(session.getKey());
                if (status == null && session.getValue().isBefore(joined)) {
                    continue; // held before the learner joined, and not recorded for them
                }
                held++;
                if (status != null && status.attended()) {
                    attended++;
                } else if (status == org.qadam.attendance.AttendanceStatus.EXCUSED) {
                    excused++;
                }
            }
            return new AttendanceTally(held, attended, excused);
        }
    }

    /**
     * The course's attendance rule: at least {@code percent} of the sessions held, or at least
     * {@code sessions} sessions; no rule when both are {@code null}. Present and late count as attended;
     * an excused absence is left out of the sessions that count, so it does not count against.
     */
    public record AttendanceRule(Integer percent, Integer sessions) implements Serializable {

        public static AttendanceRule of(PublishedCourse course) {
            return new AttendanceRule(course.attendancePercent(), course.attendanceSessions());
        }

        public boolean applies() {
            return percent != null || sessions != null;
        }

        /**
         * @param attended sessions held where the learner was present or late
         * @param held     sessions held (started by now)
         * @param excused  sessions held where the learner was excused
         */
        public boolean isMet(long attended, long held, long excused) {
            return isMet(attended, held, excused, 0);
        }

        /**
         * As {@link #isMet(long, long, long)}, knowing how many sessions are scheduled but not held yet: with
         * a percent rule and no session that counts so far, the rule waits for the sessions to come.
         */
        public boolean isMet(long attended, long held, long excused, long upcoming) {
            if (sessions != null && attended < sessions) {
                return false;
            }
            if (percent != null) {
                long counting = held - excused;
                return counting <= 0 ? upcoming == 0 : attended * 100 >= (long) percent * counting;
            }
            return true;
        }
    }
}
