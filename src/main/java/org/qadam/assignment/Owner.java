package org.qadam.assignment;

import org.qadam.shared.NotFoundException;

/**
 * Who a submission belongs to: one learner (their enrolment) or, for a team assignment, the NGO team. Its
 * key is stored on every attempt so that the team's members share one submission.
 */
public record Owner(Long enrolmentId, Long teamId) {

    public static Owner of(boolean teamAssignment, long enrolmentId, Long teamId) {
        return teamAssignment && teamId != null ? new Owner(null, teamId) : new Owner(enrolmentId, null);
    }

    public static Owner parse(String key) {
        if (key == null || key.length() < 2) {
            throw new NotFoundException("error.notFound");
        }
        try {
            long id = Long.parseLong(key.substring(1));
            return switch (key.charAt(0)) {
                case 'E' -> new Owner(id, null);
                case 'T' -> new Owner(null, id);
                default -> throw new NotFoundException("error.notFound");
            };
        } catch (NumberFormatException notAKey) {
            throw new NotFoundException("error.notFound");
        }
    }

    public boolean isTeam() {
        return teamId != null;
    }

    public String key() {
        return isTeam() ? "T" + teamId : "E" + enrolmentId;
    }
}
