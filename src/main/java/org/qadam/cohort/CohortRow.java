package org.qadam.cohort;

import java.io.Serializable;
import java.time.LocalDate;

/** A cohort as the list shows it: its course, the version it follows and the course's latest version. */
public record CohortRow(long id, String name, String courseCode, int courseVersion, int latestVersion,
                        LocalDate startsOn, LocalDate endsOn, long version) implements Serializable {

    public boolean isBehind() {
        return latestVersion > courseVersion;
    }
}
