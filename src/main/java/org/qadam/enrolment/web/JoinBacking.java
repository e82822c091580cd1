package org.qadam.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.enrolment.Enrolments;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;

/** Backs join.xhtml: cohorts open for requests, asking to join one, and where one's own requests stand. */
@Named
@ViewScoped
public class JoinBacking implements Serializable {

    @Inject
    Enrolments enrolments;

    private List<Enrolments.OpenCohort> cohorts;

    public List<Enrolments.OpenCohort> getCohorts() {
        if (cohorts == null) {
            cohorts = enrolments.openCohorts();
        }
        return cohorts;
    }

    public void ask(Enrolments.OpenCohort cohort) {
        try {
            enrolments.requestToJoin(cohort.id());
            Feedback.info("join.asked", cohort.name());
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
        cohorts = null;
    }
}
