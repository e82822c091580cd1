package org.qadam.progress.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.attendance.TrainingSessions;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.progress.CycleCard;
import org.qadam.progress.Progress;
import org.qadam.shared.NotFoundException;

import java.util.List;

/** Backs my-cohort.xhtml ({@code ?id=}): a learner's own cohort, its modules as released to them, and their attendance. */
@Named
@RequestScoped
public class MyCohortBacking {

    @Inject
    Progress progress;
    @Inject
    TrainingSessions sessions;
    @Inject
    org.qadam.assignment.Submissions submissions;

    private List<org.qadam.assignment.Submissions.AssignmentRow> assignments;

    private Long id;
    private CycleCard card;
    private PublishedCourse course;
    private List<TrainingSessions.MyAttendance> attendance;
    private java.util.Set<String> done = java.util.Set.of();

    public void open() {
        if (id == null) {
            throw new NotFoundException("error.notFound");
        }
        Progress.MyCohortPage page = progress.myCohortPage(id);
        card = page.card();
        course = page.course();
        done = page.lessonsDone();
        attendance = sessions.mine(id);
        assignments = submissions.mine(page.standing());
    }

    public List<org.qadam.assignment.Submissions.AssignmentRow> getAssignments() {
        return assignments;
    }

    /** The lessons of the module at this position, for an open module. */
    public List<PublishedCourse.PublishedLesson> lessonsOf(int position) {
        return course.modules().get(position).lessons();
    }

    public boolean isDone(String lessonId) {
        return done.contains(lessonId);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CycleCard getCard() {
        return card;
    }

    public PublishedCourse getCourse() {
        return course;
    }

    public List<TrainingSessions.MyAttendance> getAttendance() {
        return attendance;
    }
}
