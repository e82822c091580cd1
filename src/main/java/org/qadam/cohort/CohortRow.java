package org.qadam.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** A cohort as the list shows it: its course, the version it follows, the course's latest version, and who is in. */
public record CohortRow(long id, String name, String courseCode, int courseVersion, int latestVersion,
                        LocalDate startsOn, LocalDate endsOn, Integer capacity, long enrolled, long requests,
                        long version) implements Serializable {

    public boolean isBehind() {
        return latestVersion > courseVersion;
    }
}
