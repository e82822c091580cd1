package org.qadam.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.CohortForm;
import org.qadam.cohort.Cohorts;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Backs coordinator/cohort-edit.xhtml ({@code ?id=}): a cohort's name, dates, regions, trainers, capacity and openness. */
@Named
@ViewScoped
public class CohortEditBacking implements Serializable {

    @Inject
    Cohorts cohorts;
    @Inject
    Organisations organisations;

    private Long id;
    private long version;
    private CohortDetails details;
    private List<RegionRow> regions = List.of();
    private List<Cohorts.TrainerChoice> trainers = List.of();
    private String name;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity;
    private boolean openForRequests;
    private List<Long> regionIds = new ArrayList<>();
    private List<Long> trainerIds = new ArrayList<>();

    public void open() {
        if (id == null) {
            throw new NotFoundException("error.notFound");
        }
        if (details != null) {
            return;
        }
        details = cohorts.details(id);
        CohortForm form = details.form();
        version = details.version();
        name = form.name();
        startsOn = form.startsOn();
        endsOn = form.endsOn();
        capacity = form.capacity();
        openForRequests = form.openForRequests();
        regionIds = new ArrayList<>(form.regionIds());
        trainerIds = new ArrayList<>(form.trainerIds());
        regions = organisations.regions();
        trainers = cohorts.trainerChoices();
    }

    public String save() {
        try {
            cohorts.update(id, version, CohortForm.of(name, details.courseCode(), startsOn, endsOn, capacity, openForRequests,
                    regionIds, trainerIds));
            Feedback.infoAfterRedirect("cohort.saved", name);
            return "/cohort?faces-redirect=true&id=" + id;
        } catch (QadamException problem) {
            Feedback.error(problem);
            return null;
        }
    }

    public void moveToLatestVersion() {
        try {
            int now = cohorts.moveToLatestVersion(id, version);
            Feedback.info("cohorts.moved", name, now);
            details = cohorts.details(id);
            version = details.version();
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
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
