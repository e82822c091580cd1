package org.qadam.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** One module in a cohort's release schedule, as the schedule form edits it. */
public class ScheduleEntry implements Serializable {

    private final String moduleId;
    private final Map<String, String> title;
    private boolean onCompletion;
    private LocalDate opensOn;

    public ScheduleEntry(String moduleId, Map<String, String> title, boolean onCompletion, LocalDate opensOn) {
        this.moduleId = moduleId;
        this.title = title;
        this.onCompletion = onCompletion;
        this.opensOn = opensOn;
    }

    public String getModuleId() {
        return moduleId;
    }

    public Map<String, String> getTitle() {
        return title;
    }

    public boolean isOnCompletion() {
        return onCompletion;
    }

    public void setOnCompletion(boolean onCompletion) {
        this.onCompletion = onCompletion;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }
}
