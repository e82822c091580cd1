package org.qadam.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.qadam.cohort.CohortForm;
import org.qadam.cohort.CohortRow;
import org.qadam.cohort.Cohorts;
import org.qadam.curriculum.Curriculum;
import org.qadam.identity.web.ActiveUser;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Backs cohorts.xhtml: the cohorts the person may see, paged in the database, and for coordinators a
 * form to create one (then the cohort's page opens to finish its schedule and enrol people).
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
    private String name;
    private String courseCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity;
    private boolean openForRequests;
    private List<Long> regionIds = new ArrayList<>();
    private List<Long> trainerIds = new ArrayList<>();

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

    public String create() {
        try {
            long id = cohorts.create(CohortForm.of(name, courseCode, startsOn, endsOn, capacity, openForRequests, regionIds, trainerIds));
            Feedback.infoAfterRedirect("cohorts.created", name);
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

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isOpenForRequests() {
        return openForRequests;
    }

    public void setOpenForRequests(boolean openForRequests) {
        this.openForRequests = openForRequests;
    }

    public List<Long> getRegionIds() {
        return regionIds;
    }

    public void setRegionIds(List<Long> regionIds) {
        this.regionIds = regionIds;
    }

    public List<Long> getTrainerIds() {
        return trainerIds;
    }

    public void setTrainerIds(List<Long> trainerIds) {
        this.trainerIds = trainerIds;
    }
}
