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

    public void startWithdraw(RosterRow row) {
        selected = row;
        reason = null;
    }

    public void startTeamMove(RosterRow row) {
        selected = row;
        team = row.team();
    }

    public void withdraw() {
        act(() -> enrolments.withdraw(selected.enrolmentId(), selected.version(), reason), "cohort.withdrawn");
    }

    public void reinstate(RosterRow row) {
        selected = row;
        act(() -> enrolments.reinstate(row.enrolmentId(), row.version()), "cohort.reinstated");
    }

    public void moveToTeam() {
        act(() -> enrolments.moveToTeam(selected.enrolmentId(), selected.version(), team), "cohort.teamChanged");
    }

    /** Issues one learner's certificate by hand (again gives the same certificate). */
    public void issueCertificate(RosterRow row) {
        selected = row;
        try {
            org.qadam.certificate.Certificate c = certificates.issue(row.enrolmentId());
            Feedback.info("certificates.issuedOne", row.name(), org.qadam.certificate.VerificationCode.format(c.code()));
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.info(doneKey, selected.name());
            details = cohorts.details(id);
        } catch (QadamException problem) {
            Feedback.error(problem);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
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
