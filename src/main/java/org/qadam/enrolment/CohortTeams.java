package org.qadam.enrolment;

import org.qadam.cohort.Cohort;
import org.qadam.organisation.Organisation;
import org.qadam.shared.i18n.Language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The NGO teams of one cohort, and which team a learner joins. A team shares its drafts, handed-in work,
 * feedback and grades among its members, so a learner joins by default the team made for their own
 * organisation, never one that only has the same name: two NGOs may share a name in different regions.
 * The second of them gets a team named with its region ("Mehr Nuri (Samarqand viloyati)"). A team a
 * coordinator names (moving a learner, or the team column of an enrolment file) is found by its name.
 */
final class CohortTeams {

    private final Cohort cohort;
    private final Consumer<Team> persist;
    private final Map<String, Team> byName = new HashMap<>();
    private final Map<Object, Team> byOrganisation = new HashMap<>();

    /** The cohort's teams as they are; {@code persist} saves a team made here. */
    CohortTeams(Cohort cohort, List<Team> existing, Consumer<Team> persist) {
        this.cohort = cohort;
        this.persist = persist;
        existing.forEach(this::remember);
    }

    /** The team of that name, in any letter case, or a new one of no organisation. */
    Team named(String name) {
        Team team = byName.get(Team.keyOf(name));
        return team != null ? team : made(new Team(cohort, name, null));
    }

    /**
     * The team of the organisation: the one made for it, or a new one named after it, with its region when
     * another team of the cohort has its name already.
     */
    Team of(Organisation organisation) {
        Team team = byOrganisation.get(key(organisation));
        return team != null ? team : made(new Team(cohort, freeName(organisation), organisation));
    }

    private String freeName(Organisation organisation) {
        String name = organisation.name();
        if (!byName.containsKey(Team.keyOf(name))) {
            return name;
        }
        String region = " (" + organisation.region().nameIn(Language.UZ) + ")";
        String candidate = clipped(name, region);
        for (int n = 2; byName.containsKey(Team.keyOf(candidate)); n++) {
            candidate = clipped(name, region.substring(0, region.length() - 1) + ", " + n + ")");
        }
        return candidate;
    }

    /** The name with the suffix, the name shortened so that both fit a team's name. */
    private static String clipped(String name, String suffix) {
        int room = Team.MAX_NAME - suffix.length();
        return (name.length() > room ? name.substring(0, room).strip() : name) + suffix;
    }

    private Team made(Team team) {
        persist.accept(team);
        remember(team);
        return team;
    }

    /**
     * An organisation with more than one team (a team named in an enrolment file once took the organisation
     * of its first row) is known by the team that bears its name, else by its first.
     */
    private void remember(Team team) {
        byName.put(Team.keyOf(team.name()), team);
        Organisation organisation = team.organisation();
        if (organisation != null) {
            Object key = key(organisation);
            Team known = byOrganisation.get(key);
            if (known == null || !bearsName(known, organisation) && bearsName(team, organisation)) {
                byOrganisation.put(key, team);
            }
        }
    }

    private static boolean bearsName(Team team, Organisation organisation) {
        return Team.keyOf(team.name()).equals(Team.keyOf(organisation.name()));
    }

    /** An organisation's id, or the organisation itself while it has none (made in the same transaction). */
    private static Object key(Organisation organisation) {
        return organisation.id() != null ? organisation.id() : organisation;
    }
}
