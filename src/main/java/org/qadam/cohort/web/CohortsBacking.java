package org.qadam.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.cohort.CohortRow;
import org.qadam.cohort.Cohorts;
import org.qadam.curriculum.Curriculum;
import org.qadam.identity.web.ActiveUser;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Backs cohorts.xhtml: the cohorts the person may list (a trainer those they run, a coordinator all), paged
 * in the database, and for coordinators a form to create one (then the cohort's page opens to finish its
 * schedule and enrol people). Staff only, like the cohort's own page: a learner's cohorts are on My cycle.
 */
@Named
@ViewScoped
public class CohortsBacking implements Serializable {

    @Inject
    Cohorts cohorts;
    @Inject
    Curriculum curriculum;
    @Inject
    Organisations organisations;
    @Inject
    ActiveUser user;

    private String text;
    private List<Curriculum.CatalogueEntry> courses = List.of();
    private List<RegionRow> regions = List.of();
    private List<Cohorts.TrainerChoice> trainers = List.of();
    private final CohortFields fields = new CohortFields();

    private final LazyDataModel<CohortRow> rows = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) cohorts.count(text);
        }

        @Override
        public List<CohortRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return cohorts.page(text, first, pageSize);
        }

        @Override
        public String getRowKey(CohortRow row) {
            return String.valueOf(row.id());
        }
    };

    @PostConstruct
    void load() {
        if (user.isCoordinator()) {
            courses = curriculum.catalogue();
            regions = organisations.regions();
            trainers = cohorts.trainerChoices();
        }
    }

    /** On opening the page: someone who is not staff is refused before anything is rendered. */
    public void open() {
        if (!user.isStaff()) {
            throw new org.qadam.shared.AccessDeniedException("error.accessDenied");
        }
    }

    public String create() {
        try {
            long id = cohorts.create(fields.toForm());
            Feedback.infoAfterRedirect("cohorts.created", fields.getName());
            return "/cohort?faces-redirect=true&id=" + id;
        } catch (QadamException problem) {
            Feedback.error(problem);
            return null;
        }
    }

    public LazyDataModel<CohortRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<Curriculum.CatalogueEntry> getCourses() {
        return courses;
    }

    public List<RegionRow> getRegions() {
        return regions;
    }

    public List<Cohorts.TrainerChoice> getTrainers() {
        return trainers;
    }

    public CohortFields getFields() {
        return fields;
    }
}
