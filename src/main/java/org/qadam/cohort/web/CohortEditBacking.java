package org.qadam.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.organisation.Organisations;
import org.qadam.organisation.RegionRow;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
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
    private CohortFields fields = new CohortFields();

    public void open() {
        if (id == null) {
            throw new NotFoundException("error.notFound");
        }
        if (details != null) {
            return;
        }
        details = cohorts.details(id);
        version = details.version();
        fields = CohortFields.of(details.form());
        regions = organisations.regions();
        trainers = cohorts.trainerChoices();
    }

    public String save() {
        try {
            cohorts.update(id, version, fields.toForm());
            Feedback.infoAfterRedirect("cohort.saved", fields.getName());
            return "/cohort?faces-redirect=true&id=" + id;
        } catch (QadamException problem) {
            Feedback.error(problem);
            return null;
        }
    }

    public void moveToLatestVersion() {
        try {
            int now = cohorts.moveToLatestVersion(id, version);
            Feedback.info("cohorts.moved", fields.getName(), now);
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

    public CohortFields getFields() {
        return fields;
    }
}
