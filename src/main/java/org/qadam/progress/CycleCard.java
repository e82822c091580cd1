package org.qadam.progress;

import org.qadam.enrolment.EnrolmentStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One cohort on a learner's "My cycle" home: the current stage, progress through the modules, the next
 * deadline and session, and what needs the learner's action.
 */
public record CycleCard(long cohortId, String cohortName, Map<String, String> courseTitle, EnrolmentStatus status,
                        String reason, LocalDate startsOn, LocalDate endsOn, List<Progression.ModuleView> modules,
                        Progression.ModuleView currentModule, Deadline nextDeadline, NextSession nextSession,
                        List<Action> actions, long attended, long held) implements Serializable {

    /** An assignment's due date in an open module. */
    public record Deadline(Map<String, String> assignment, Map<String, String> module, LocalDate due) implements Serializable {
    }

    public record NextSession(long id, String title, String kind, LocalDateTime startsAt, String place) implements Serializable {
    }

    /** Something waiting for the learner: lessons to read in an open module, an assignment to submit. */
    public record Action(String kind, Map<String, String> what, String lessonId, int count) implements Serializable {
    }

    public long completedModules() {
        return modules.stream().filter(m -> m.state() == Progression.State.COMPLETED).count();
    }

    /** Whether the card links to the cohort's page: not for a request, answered or not. */
    public boolean opensCohortPage() {
        return status.seesCohortContent();
    }

    public int percent() {
        return modules.isEmpty() ? 0 : (int) (completedModules() * 100 / modules.size());
    }
}
