package org.qadam.enrolment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qadam.cohort.Cohort;
import org.qadam.curriculum.Course;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.i18n.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CohortTeamsTest {

    private final Region samarkand = new Region("SA", new LocalizedText("Samarkand region", "Самаркандская область", "Samarqand viloyati"));
    private final Region fergana = new Region("FA", new LocalizedText("Fergana region", "Ферганская область", "Fargʻona viloyati"));
    private final List<Team> saved = new ArrayList<>();
    private Cohort cohort;

    @BeforeEach
    void setUp() {
        cohort = new Cohort("Cycle 2027", new Course("ngo-cycle"), LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 6, 30), Instant.EPOCH, List.of("m0", "m1"));
    }

    private CohortTeams teams(Team... existing) {
        return new CohortTeams(cohort, List.of(existing), saved::add);
    }

    @Test
    void twoNgosOfOneNameInDifferentRegionsGetTwoTeamsAndTheSecondIsNamedWithItsRegion() {
        Organisation ferganas = new Organisation("Mehr Nuri", OrganisationKind.NGO, fergana);
        Organisation samarkands = new Organisation("Mehr Nuri", OrganisationKind.NGO, samarkand);
        CohortTeams teams = teams(new Team(cohort, "Mehr Nuri", ferganas));

        Team team = teams.of(samarkands);

        assertThat(team.organisation()).isSameAs(samarkands);
        assertThat(team.name()).isEqualTo("Mehr Nuri (Samarqand viloyati)");
        assertThat(saved).containsExactly(team);
        assertThat(teams.of(samarkands)).as("the next learner of that NGO joins it").isSameAs(team);
        assertThat(teams.of(ferganas).name()).isEqualTo("Mehr Nuri");
        assertThat(saved).hasSize(1);
    }

    @Test
    void aTeamACoordinatorNamedAfterAnNgoIsNotJoinedByThatNgosLearnersWithoutBeingAskedTo() {
        Organisation nur = new Organisation("Nur", OrganisationKind.NGO, samarkand);
        CohortTeams teams = teams(new Team(cohort, "NUR", null));

        Team team = teams.of(nur);

        assertThat(team.name()).isEqualTo("Nur (Samarqand viloyati)");
        assertThat(teams.named("nur").organisation()).as("found by its name when named").isNull();
    }

    @Test
    void aTeamACoordinatorMadeWithTheNgosNameAndRegionIsThatNgosTeam() {
        Organisation ferganas = new Organisation("Mehr Nuri", OrganisationKind.NGO, fergana);
        Team byHand = new Team(cohort, "Mehr Nuri (Samarqand viloyati)", null);
        CohortTeams teams = teams(new Team(cohort, "Mehr Nuri", ferganas), byHand);

        assertThat(teams.of(new Organisation("Mehr Nuri", OrganisationKind.NGO, samarkand))).isSameAs(byHand);
        assertThat(saved).isEmpty();
    }

    @Test
    void aThirdNgoOfTheNameInTheSameRegionNameIsNumbered() {
        Organisation first = new Organisation("Nur", OrganisationKind.NGO, fergana);
        // a team of that name a file once gave to another organisation
        CohortTeams teams = teams(new Team(cohort, "Nur", first),
                new Team(cohort, "Nur (Samarqand viloyati)", new Organisation("Boshqa", OrganisationKind.NGO, samarkand)));

        assertThat(teams.of(new Organisation("Nur", OrganisationKind.NGO, samarkand)).name())
                .isEqualTo("Nur (Samarqand viloyati, 2)");
    }

    @Test
    void aLongNameIsShortenedSoThatTheRegionFits() {
        String longName = "N".repeat(Organisation.MAX_NAME);
        CohortTeams teams = teams(new Team(cohort, longName, new Organisation(longName, OrganisationKind.NGO, fergana)));

        Team team = teams.of(new Organisation(longName, OrganisationKind.NGO, samarkand));

        assertThat(team.name()).hasSize(Team.MAX_NAME).endsWith("N (Samarqand viloyati)");
    }

    @Test
    void anNgoWithTwoTeamsIsKnownByTheOneThatBearsItsName() {
        Organisation nur = new Organisation("Nur", OrganisationKind.NGO, samarkand);
        Team mixed = new Team(cohort, "Mixed team", nur);
        Team own = new Team(cohort, "Nur", nur);

        assertThat(teams(mixed, own).of(nur)).isSameAs(own);
        assertThat(teams(own, mixed).of(nur)).isSameAs(own);
        assertThat(saved).isEmpty();
    }

    @Test
    void aTeamAFileNamedOtherwiseIsNotTheOwnTeamOfTheOrganisationItsFirstRowCameFrom() {
        Organisation nur = new Organisation("Nur", OrganisationKind.NGO, samarkand);
        CohortTeams teams = teams(new Team(cohort, "Mixed team", nur));

        Team own = teams.of(nur);

        assertThat(own.name()).isEqualTo("Nur");
        assertThat(teams.of(nur)).isSameAs(own);
    }

    @Test
    void aTeamNamedByACoordinatorIsFoundInAnyLetterCaseOrMadeWithNoOrganisation() {
        Team existing = new Team(cohort, "Mixed team", null);
        CohortTeams teams = teams(existing);

        assertThat(teams.named("  MIXED   team ")).isSameAs(existing);
        Team made = teams.named("Another");
        assertThat(made.organisation()).isNull();
        assertThat(saved).containsExactly(made);
        assertThat(teams.named("another")).isSameAs(made);
    }
}
