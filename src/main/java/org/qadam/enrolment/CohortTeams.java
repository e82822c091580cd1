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
    /** By the organisation itself: one persistence context holds one instance of it, made here or read. */
    private final Map<Organisation, Team> byOrganisation = new java.util.IdentityHashMap<>();

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
        Team team = byOrganisation.get(organisation);
        if (team == null) {
            // a team a coordinator made with the NGO's name and region, the name this rule gives: the NGO's own
            Team named = byName.get(Team.keyOf(clipped(organisation.name(), regionSuffix(organisation))));
            team = named != null && named.organisation() == null ? named : null;
        }
        if (team == null) {
            return made(new Team(cohort, freeName(organisation), organisation));
        }
        byOrganisation.put(organisation, team);
        return team;
    }

    private static String regionSuffix(Organisation organisation) {
        return " (" + organisation.region().nameIn(Language.UZ) + ")";
    }

    private String freeName(Organisation organisation) {
        String name = organisation.name();
        if (!byName.containsKey(Team.keyOf(name))) {
            return name;
        }
        String region = regionSuffix(organisation);
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
     * A team is an organisation's own when it bears the organisation's name, alone or with a region after it:
     * a team named otherwise in an enrolment file once took the organisation of the file's first row, and is
     * not that organisation's team for the people who come later.
     */
    private void remember(Team team) {
        byName.put(Team.keyOf(team.name()), team);
        Organisation organisation = team.organisation();
        if (organisation != null && bearsName(team, organisation)) {
            byOrganisation.putIfAbsent(organisation, team);
        }
    }

    /** The name alone, or the name (perhaps shortened to fit) with " (region)" after it, as {@link #freeName} makes it. */
    private static boolean bearsName(Team team, Organisation organisation) {
        String name = Team.keyOf(team.name());
        String own = Team.keyOf(organisation.name());
        int suffix = name.lastIndexOf(" (");
        return name.equals(own) || suffix > 0 && name.endsWith(")") && own.startsWith(name.substring(0, suffix));
    }
}
