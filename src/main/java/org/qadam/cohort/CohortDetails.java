package org.qadam.cohort;

import org.qadam.shared.i18n.LocalizedText;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A cohort as its own page shows it. */
public record CohortDetails(long id, String name, String courseCode, int courseVersion, int latestVersion,
                            LocalDate startsOn, LocalDate endsOn, Integer capacity, long enrolled, long requests,
                            boolean openForRequests, List<LocalizedText> regions, List<String> trainers,
                            List<Long> regionIds, List<Long> trainerIds, long version) implements Serializable {

    public boolean isBehind() {
        return latestVersion > courseVersion;
    }

    public String trainersText() {
        return String.join(", ", trainers);
    }

    public CohortForm form() {
        return CohortForm.of(name, courseCode, startsOn, endsOn, capacity, openForRequests, regionIds, trainerIds);
    }
}
