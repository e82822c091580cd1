package org.qadam.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.assignment.Grading;
import org.qadam.assignment.QueueQuery;
import org.qadam.assignment.QueueRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs grading.xhtml ({@code ?cohort=} optional): the work handed in across the trainer's cohorts, paged
 * and filtered in the database by cohort, status, region, NGO and assignment; oldest first by default.
 */
@Named
@ViewScoped
public class GradingQueueBacking implements Serializable {

    @Inject
    Grading grading;

    private Long cohort;
    private QueueQuery.Filter status;
    private Long regionId;
    private String organisation;
    private String assignmentId;
    private boolean newestFirst;
    private List<Grading.Choice> cohorts;
    private List<Grading.Choice> regions;
    private Map<String, Map<String, String>> assignments;

    private final LazyDataModel<QueueRow> queue = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) grading.queueCount(query());
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return grading.queuePage(query(), first, pageSize);
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.id());
        }
    };

    public void open() {
        if (cohorts == null) {
            cohorts = grading.cohortChoices();
            regions = grading.regionChoices();
            assignments = grading.assignmentChoices(null);
            if (cohort != null && cohorts.stream().noneMatch(c -> c.id() == cohort)) {
                throw new org.qadam.shared.AccessDeniedException("error.accessDenied");
            }
        }
    }

    private QueueQuery query() {
        return new QueueQuery(cohort, status, regionId, organisation, assignmentId, newestFirst);
    }

    /** Releases the grades marked graded for the chosen cohort and assignment. */
    public void releaseGraded() {
        try {
            int n = grading.releaseGraded(cohort, assignmentId);
            Feedback.info("grading.released", n);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public QueueQuery.Filter[] getStatuses() {
        return QueueQuery.Filter.values();
    }

    public LazyDataModel<QueueRow> getQueue() {
        return queue;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public QueueQuery.Filter getStatus() {
        return status;
    }

    public void setStatus(QueueQuery.Filter status) {
        this.status = status;
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

    public String getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(String assignmentId) {
        this.assignmentId = assignmentId;
    }

    public boolean isNewestFirst() {
        return newestFirst;
    }

    public void setNewestFirst(boolean newestFirst) {
        this.newestFirst = newestFirst;
    }

    public List<Grading.Choice> getCohorts() {
        return cohorts;
    }

    public List<Grading.Choice> getRegions() {
        return regions;
    }

    public Map<String, Map<String, String>> getAssignments() {
        return assignments;
    }

    public List<String> getAssignmentIds() {
        return List.copyOf(assignments.keySet());
    }
}
