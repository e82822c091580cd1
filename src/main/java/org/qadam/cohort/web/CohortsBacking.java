package org.qadam.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.cohort.CohortRow;
import org.qadam.cohort.Cohorts;
import org.qadam.curriculum.Curriculum;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Backs coordinator/cohorts.xhtml: the cohorts, a form to create one, and moving one to a newer course version. */
@Named
@ViewScoped
public class CohortsBacking implements Serializable {

    @Inject
    Cohorts cohorts;
    @Inject
    Curriculum curriculum;

    private List<CohortRow> rows;
    private List<Curriculum.CatalogueEntry> courses;
    private String name;
    private String courseCode;
    private LocalDate startsOn;
    private LocalDate endsOn;

    @PostConstruct
    void load() {
        rows = cohorts.all();
        courses = curriculum.catalogue();
    }

    public void create() {
        try {
            cohorts.create(name, courseCode, startsOn, endsOn);
            Feedback.info("cohorts.created", name);
            name = null;
            startsOn = null;
            endsOn = null;
            load();
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public void moveToLatestVersion(CohortRow row) {
        try {
            int now = cohorts.moveToLatestVersion(row.id(), row.version());
            Feedback.info("cohorts.moved", row.name(), now);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
        load();
    }

    public List<CohortRow> getRows() {
        return rows;
    }

    public List<Curriculum.CatalogueEntry> getCourses() {
        return courses;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
