package org.qadam.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.curriculum.PublishedCourse.PublishedLesson;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.shared.NotFoundException;

import java.util.ArrayList;
import java.util.List;

/**
 * Backs course.xhtml ({@code ?course=}) and lesson.xhtml ({@code ?course=&lesson=}): the latest version
 * of a course, and one lesson of it with the lessons before and after it. Unknown codes are a 404.
 */
@Named
@ViewScoped
public class CourseBacking implements java.io.Serializable {

    @Inject
    Curriculum curriculum;
    @Inject
    org.qadam.progress.Progress progress;
    @Inject
    org.qadam.identity.web.ActiveUser user;
    @Inject
    CourseTexts texts;

    private Long cohort;
    private org.qadam.progress.LessonView view;

    private String course;
    private String lesson;
    private PublishedCourse published;
    private PublishedModule lessonModule;
    private PublishedLesson current;
    private PublishedLesson previous;
    private PublishedLesson next;

    public void openCourse() {
        published = curriculum.latest(course);
        // the page's links carry the course's own code, whatever form of it the address had (the database
        // compares codes without regard to case or trailing spaces)
        course = published.code();
    }

    /**
     * With {@code ?cohort=}: the lesson as the learner's cohort releases it (a closed module's lessons are
     * refused). Without: the catalogue's copy, for trainers, coordinators and administrators only; learners
     * read lessons through their cohort.
     */
    public void openLesson() {
        if (cohort != null) {
            try {
                view = progress.lesson(cohort, lesson);
            } catch (org.qadam.shared.ConflictException closed) {
                // a closed module's lesson, asked for by its address: back to the cohort, saying why
                org.qadam.shared.web.Feedback.infoAfterRedirect(closed.messageKey());
                jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
                faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                        "/my-cohort?faces-redirect=true&id=" + cohort);
                return;
            }
            course = view.courseCode();
            current = view.lesson();
            lessonModule = view.module();
            previous = view.previous();
            next = view.next();
            return;
        }
        if (!user.isStaff()) {
            throw new org.qadam.shared.AccessDeniedException("error.lesson.throughCohort");
        }
        openCourse();
        List<PublishedLesson> all = new ArrayList<>();
        List<PublishedModule> moduleOf = new ArrayList<>();
        for (PublishedModule module : published.modules()) {
            for (PublishedLesson l : module.lessons()) {
                all.add(l);
                moduleOf.add(module);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(lesson)) {
                current = all.get(i);
                lessonModule = moduleOf.get(i);
                previous = i > 0 ? all.get(i - 1) : null;
                next = i + 1 < all.size() ? all.get(i + 1) : null;
                return;
            }
        }
        throw new NotFoundException("error.notFound");
    }

    /** Marks the lesson done and goes on to the next open lesson, or back to the cohort when it was the last. */
    public String markDone() {
        try {
            boolean moduleCompleted = progress.markLessonDone(cohort, lesson);
            org.qadam.progress.LessonView after = progress.lesson(cohort, lesson);
            if (moduleCompleted) {
                org.qadam.shared.web.Feedback.infoAfterRedirect("lesson.moduleCompleted", texts.of(after.module().title()));
            }
            // the module just completed may have opened the next one: the lesson read again shows its neighbours
            if (after.next() != null) {
                return "/lesson?faces-redirect=true&cohort=" + cohort + "&lesson=" + after.next().id();
            }
            return "/my-cohort?faces-redirect=true&id=" + cohort;
        } catch (org.qadam.shared.QadamException problem) {
            org.qadam.shared.web.Feedback.error(problem);
            return null;
        }
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public org.qadam.progress.LessonView getView() {
        return view;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public PublishedCourse getPublished() {
        return published;
    }

    public PublishedModule getLessonModule() {
        return lessonModule;
    }

    public PublishedLesson getCurrent() {
        return current;
    }

    public PublishedLesson getPrevious() {
        return previous;
    }

    public PublishedLesson getNext() {
        return next;
    }
}
