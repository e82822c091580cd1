package org.qadam.enrolment;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk enrolment file would do, row by row, before anything is written: which rows create
 * accounts, which enrol people who have one, which are there already, and which are wrong and why.
 */
public record EnrolmentPreview(List<Row> rows, Integer placesLeft) implements Serializable {

    public enum Outcome { NEW_ACCOUNT, EXISTING_ACCOUNT, ALREADY_ENROLLED, INVALID }

    /** A problem of one row: the column (or {@code null} for the whole row) and a message key with its arguments. */
    public record Problem(String column, String messageKey, List<Serializable> arguments) implements Serializable {
    }

    public record Row(long number, String email, String name, String organisation, String region, String team,
                      String language, Outcome outcome, boolean newOrganisation, List<Problem> problems)
            implements Serializable {

        public boolean isValid() {
            return outcome != Outcome.INVALID;
        }
    }

    public long count(Outcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** People the file would add: new accounts and existing ones not yet in the cohort. */
    public long joining() {
        return count(Outcome.NEW_ACCOUNT) + count(Outcome.EXISTING_ACCOUNT);
    }

    public boolean exceedsCapacity() {
        return placesLeft != null && joining() > placesLeft;
    }

    public long newOrganisations() {
        return rows.stream().filter(r -> r.isValid() && r.newOrganisation())
                .map(r -> (r.region() + "\u0000" + r.organisation()).toLowerCase(java.util.Locale.ROOT)).distinct().count();
    }
}
