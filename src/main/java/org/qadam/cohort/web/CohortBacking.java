package org.qadam.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.enrolment.Enrolments;
import org.qadam.progress.Progress;
import org.qadam.progress.RosterQuery;
import org.qadam.progress.RosterRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs cohort.xhtml ({@code ?id=}): a cohort's facts and its roster by region and NGO, paged and filtered
 * in the database, with each learner's progress and attendance. Coordinators also withdraw, reinstate and
 * move learners between teams here.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    @Inject
    Cohorts cohorts;
    @Inject
    Progress progress;
    @Inject
    Enrolments enrolments;
    @Inject
    org.qadam.certificate.Certificates certificates;

    private Long id;
    private CohortDetails details;
    private int moduleCount;

    private Long regionId;
    private String organisation;
    private String person;
    private EnrolmentStatus status;

    private RosterRow selected;
    private String reason;
    private String team;

    private final LazyDataModel<RosterRow> roster = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) progress.rosterCount(id, query());
        }

        @Override
        public List<RosterRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return progress.rosterPage(id, query(), first, pageSize);
        }

        @Override
        public String getRowKey(RosterRow row) {
            return String.valueOf(row.enrolmentId());
        }
    };

    /** The view action: loads the cohort or answers 404/403 for an id the person may not see. */
    public void open() {
        if (id == null) {
            throw new org.qadam.shared.NotFoundException("error.notFound");
        }
        details = cohorts.details(id);
        moduleCount = progress.moduleCount(id);
    }

    private RosterQuery query() {
        return new RosterQuery(regionId, organisation, person, status);
    }

    /*
     * The actions on a roster row come from plain buttons through one script (resources/qadam/roster.js) and a
     * remote command each, with the enrolment's id as the request parameter "enrolment": three PrimeFaces buttons,
     * each with its widget and script, on each of 25 rows were a seventh of the staff pages' CPU. The row is
     * read again from the database for that id and this cohort (Progress.rosterRow), so an id of another
     * cohort gets "not found"; the services check the caller's rights again.
     */

    public void startWithdraw() {
        if (select()) {
            reason = null;
        }
    }

    public void startTeamMove() {
        if (select()) {
            team = selected.team();
        }
    }

    /** Only a learner who is active or has completed can be given a certificate: said before the dialog opens. */
    public void startIssue() {
        if (select() && selected.status() != EnrolmentStatus.ACTIVE && selected.status() != EnrolmentStatus.COMPLETED) {
            Feedback.error("error.enrolment.wrongStatus", selected.status().label());
            selected = null;
            failed();
        }
    }

    public void withdraw() {
        act(() -> enrolments.withdraw(selected.enrolmentId(), selected.version(), reason), "cohort.withdrawn");
    }

    public void reinstate() {
        if (select()) {
            act(() -> enrolments.reinstate(selected.enrolmentId(), selected.version()), "cohort.reinstated");
        }
    }

    public void moveToTeam() {
        act(() -> enrolments.moveToTeam(selected.enrolmentId(), selected.version(), team), "cohort.teamChanged");
    }

    /** Issues the selected learner's certificate by hand (again gives the same certificate). */
    public void issueCertificate() {
        if (selected == null) {
            Feedback.error("error.notFound");
            return;
        }
        try {
            org.qadam.certificate.Certificate c = certificates.issue(selected.enrolmentId());
            Feedback.info("certificates.issuedOne", selected.name(), org.qadam.certificate.VerificationCode.format(c.code()));
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    /** The row the action is for, from the request's "enrolment"; false, with the reason shown, when there is none. */
    private boolean select() {
        selected = null;
        String enrolment = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("enrolment");
        try {
            selected = progress.rosterRow(id, Long.parseLong(enrolment == null ? "" : enrolment.strip()));
            return true;
        } catch (NumberFormatException notAnId) {
            Feedback.error("error.notFound");
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
        failed();
        return false;
    }

    /** Tells the page's script that the action did not happen, so that it keeps its dialog as it is. */
    private static void failed() {
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
    }

    private void act(Runnable action, String doneKey) {
        if (selected == null) {
            Feedback.error("error.notFound");
            failed();
            return;
        }
        try {
            action.run();
            Feedback.info(doneKey, selected.name());
            details = cohorts.details(id);
        } catch (QadamException problem) {
            Feedback.error(problem);
            failed();
        }
    }

    /** Team names containing what was typed, for the team field's suggestions. */
    public List<String> completeTeam(String typed) {
        return enrolments.teamNames(id, typed);
    }

    public EnrolmentStatus[] getStatuses() {
        return new EnrolmentStatus[]{EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortDetails getDetails() {
        return details;
    }

    public int getModuleCount() {
        return moduleCount;
    }

    public LazyDataModel<RosterRow> getRoster() {
        return roster;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public void setStatus(EnrolmentStatus status) {
        this.status = status;
    }

    public RosterRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
