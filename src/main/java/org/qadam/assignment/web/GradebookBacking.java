package org.qadam.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.assignment.Gradebook;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.shared.NotFoundException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs gradebook.xhtml ({@code ?cohort=}): learners by NGO team, their assignments and modules, paged in the database. */
@Named
@ViewScoped
public class GradebookBacking implements Serializable {

    @Inject
    Gradebook gradebook;
    @Inject
    Cohorts cohorts;

    private Long cohort;
    private CohortDetails details;
    private Gradebook.Columns columns;
    private String filter;

    private final LazyDataModel<Gradebook.Row> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) gradebook.count(cohort, filter);
        }

        @Override
        public List<Gradebook.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return gradebook.page(cohort, filter, first, pageSize);
        }

        @Override
        public String getRowKey(Gradebook.Row row) {
            return String.valueOf(row.enrolmentId());
        }
    };

    public void open() {
        if (cohort == null) {
            throw new NotFoundException("error.notFound");
        }
        if (columns == null) {
            columns = gradebook.columns(cohort);
            details = cohorts.details(cohort);
        }
    }

    public LazyDataModel<Gradebook.Row> getRows() {
        return rows;
    }

    public Gradebook.Columns getColumns() {
        return columns;
    }

    public CohortDetails getDetails() {
        return details;
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
