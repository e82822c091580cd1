package org.qadam.organisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.i18n.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationTest {

    private static final Region REGION = new Region("SA", new LocalizedText("Samarkand", "Самарканд", "Samarqand"));

    @Test
    void aNewOrganisationHoldsWhatItWasGiven() {
        Organisation cut = new Organisation("Nur", OrganisationKind.NGO, REGION);

        assertThat(cut.name()).isEqualTo("Nur");
        assertThat(cut.kind()).isEqualTo(OrganisationKind.NGO);
        assertThat(cut.region()).isSameAs(REGION);
        assertThat(cut.id()).isNull();
    }

    @Test
    void theNameHasItsWhitespaceCollapsed() {
        Organisation cut = new Organisation("  Centre   for\tChild \n Rights  ", OrganisationKind.NGO, REGION);

        assertThat(cut.name()).isEqualTo("Centre for Child Rights");
    }

    @Test
    void theNameKeyIsTheCleanedNameLowerCased() {
        Organisation cut = new Organisation("  Ministry  of   EDUCATION ", OrganisationKind.GOVERNMENT, REGION);

        assertThat(cut.name()).isEqualTo("Ministry of EDUCATION");
        assertThat(cut.nameKey()).isEqualTo("ministry of education");
    }

    @Test
    void namesThatDifferOnlyInCaseAndSpacingShareAKey() {
        Organisation one = new Organisation("Nur Foundation", OrganisationKind.NGO, REGION);
        Organisation other = new Organisation(" NUR   foundation", OrganisationKind.NGO, REGION);

        assertThat(one.nameKey()).isEqualTo(other.nameKey());
        assertThat(one.name()).isNotEqualTo(other.name());
    }

    @Test
    void theNameKeyLowerCasesCyrillicToo() {
        Organisation cut = new Organisation("ХОКИМИЯТ Самарканда", OrganisationKind.GOVERNMENT, REGION);

        assertThat(cut.nameKey()).isEqualTo("хокимият самарканда");
    }

    @Test
    void renameChangesNameAndKey() {
        Organisation cut = new Organisation("Nur", OrganisationKind.NGO, REGION);

        cut.rename(" Nur  Plus ");

        assertThat(cut.name()).isEqualTo("Nur Plus");
        assertThat(cut.nameKey()).isEqualTo("nur plus");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void aNameIsRequired(String name) {
        assertThatThrownBy(() -> new Organisation(name, OrganisationKind.NGO, REGION))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.organisation.nameRequired"));
    }

    @Test
    void aFailedRenameKeepsTheOldName() {
        Organisation cut = new Organisation("Nur", OrganisationKind.NGO, REGION);

        assertThatThrownBy(() -> cut.rename(" "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.organisation.nameRequired"));

        assertThat(cut.name()).isEqualTo("Nur");
        assertThat(cut.nameKey()).isEqualTo("nur");
    }

    @Test
    void theNameHasAtMost200CharactersAfterCleaning() {
        String longest = "n".repeat(Organisation.MAX_NAME);
        assertThat(new Organisation("  " + longest + "  ", OrganisationKind.NGO, REGION).name()).hasSize(200);
        assertThat(new Organisation("a".repeat(100) + "     " + "b".repeat(99), OrganisationKind.NGO, REGION)
                .name()).hasSize(200);

        assertThatThrownBy(() -> new Organisation(longest + "n", OrganisationKind.NGO, REGION))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(e.arguments()).containsExactly(Organisation.MAX_NAME);
                });
    }

    @Test
    void kindAndRegionAreRequired() {
        assertThatThrownBy(() -> new Organisation("Nur", null, REGION)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Organisation("Nur", OrganisationKind.NGO, null))
                .isInstanceOf(NullPointerException.class);
    }
}
