package org.qadam.cohort;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a coordinator types to create or change a cohort. The course is chosen once, at creation. */
public record CohortForm(String name, String courseCode, LocalDate startsOn, LocalDate endsOn, Integer capacity,
                         boolean openForRequests, Set<Long> regionIds, Set<Long> trainerIds) implements Serializable {

    public CohortForm {
        regionIds = regionIds == null ? Set.of() : new LinkedHashSet<>(regionIds);
        trainerIds = trainerIds == null ? Set.of() : new LinkedHashSet<>(trainerIds);
    }

    public static CohortForm of(String name, String courseCode, LocalDate startsOn, LocalDate endsOn, Integer capacity,
                                boolean openForRequests, List<Long> regionIds, List<Long> trainerIds) {
        return new CohortForm(name, courseCode, startsOn, endsOn, capacity, openForRequests,
                regionIds == null ? Set.of() : new LinkedHashSet<>(regionIds),
                trainerIds == null ? Set.of() : new LinkedHashSet<>(trainerIds));
    }
}
