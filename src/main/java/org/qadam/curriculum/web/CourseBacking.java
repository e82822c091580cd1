package org.qadam.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
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
@RequestScoped
public class CourseBacking {

    @Inject
    Curriculum curriculum;

    private String course;
    private String lesson;
    private PublishedCourse published;
    private PublishedModule lessonModule;
    private PublishedLesson current;
    private PublishedLesson previous;
    private PublishedLesson next;

    public void openCourse() {
        published = curriculum.latest(course);
    }

    public void openLesson() {
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
