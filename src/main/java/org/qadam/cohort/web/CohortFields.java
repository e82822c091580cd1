package org.qadam.cohort.web;

import org.qadam.cohort.CohortForm;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The fields of the cohort form as typed, shared by the create form and the settings page. */
public class CohortFields implements Serializable {

    private String name;
    private String courseCode;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer capacity;
    private boolean openForRequests;
    private List<Long> regionIds = new ArrayList<>();
    private List<Long> trainerIds = new ArrayList<>();

    public static CohortFields of(CohortForm form) {
        CohortFields fields = new CohortFields();
        fields.name = form.name();
        fields.courseCode = form.courseCode();
        fields.startsOn = form.startsOn();
        fields.endsOn = form.endsOn();
        fields.capacity = form.capacity();
        fields.openForRequests = form.openForRequests();
        fields.regionIds = new ArrayList<>(form.regionIds());
        fields.trainerIds = new ArrayList<>(form.trainerIds());
        return fields;
    }

    public CohortForm toForm() {
        return CohortForm.of(name, courseCode, startsOn, endsOn, capacity, openForRequests, regionIds, trainerIds);
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
