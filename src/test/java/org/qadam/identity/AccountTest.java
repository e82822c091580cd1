package org.qadam.identity;

import org.junit.jupiter.api.Test;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private static final Instant CREATED = Instant.parse("2025-02-03T04:05:06Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private static Account account(String email, String name, Set<Role> roles) {
        return new Account(email, name, Language.RU, null, roles, HASH, CREATED);
    }

    @Test
    void aNewAccountHoldsWhatItWasGiven() {
        Region region = new Region("TK", new LocalizedText("Tashkent", "Ташкент", "Toshkent"));
        Organisation organisation = new Organisation("Nur", OrganisationKind.NGO, region);

        Account cut = new Account("ann@example.org", "Ann Smith", Language.UZ, organisation,
                EnumSet.of(Role.TRAINER), HASH, CREATED);

        assertThat(cut.email()).isEqualTo("ann@example.org");
        assertThat(cut.displayName()).isEqualTo("Ann Smith");
        assertThat(cut.language()).isEqualTo(Language.UZ);
        assertThat(cut.organisation()).isSameAs(organisation);
        assertThat(cut.roles()).containsExactly(Role.TRAINER);
        assertThat(cut.passwordHash()).isEqualTo(HASH);
        assertThat(cut.createdAt()).isEqualTo(CREATED);
        assertThat(cut.isActive()).isTrue();
        assertThat(cut.id()).isNull();
    }

    @Test
    void theConstructorNormalisesTheEmail() {
        Account cut = account("  Ann.Smith@Example.ORG ", "Ann", Set.of());

        assertThat(cut.email()).isEqualTo("ann.smith@example.org");
    }

    @Test
    void theConstructorRefusesAMalformedEmail() {
        assertThatThrownBy(() -> account("ann at example.org", "Ann", Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid"));
    }

    @Test
    void theConstructorCleansAndChecksTheName() {
        assertThat(account("ann@example.org", "  Ann \t  Smith\n", Set.of()).displayName()).isEqualTo("Ann Smith");
        assertThatThrownBy(() -> account("ann@example.org", "   ", Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.account.nameRequired"));
    }

    @Test
    void anAccountMayBelongToNoOrganisation() {
        assertThat(account("ann@example.org", "Ann", Set.of()).organisation()).isNull();
    }

    @Test
    void anAccountMayHoldNoRole() {
        Account cut = account("ann@example.org", "Ann", Set.of());

        assertThat(cut.roles()).isEmpty();
        for (Role role : Role.values()) {
            assertThat(cut.holds(role)).isFalse();
        }
    }

    @Test
    void theConstructorRequiresLanguageHashAndCreationTime() {
        assertThatThrownBy(() -> new Account("ann@example.org", "Ann", null, null, Set.of(), HASH, CREATED))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("language");
        assertThatThrownBy(() -> new Account("ann@example.org", "Ann", Language.EN, null, Set.of(), null, CREATED))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("passwordHash");
        assertThatThrownBy(() -> new Account("ann@example.org", "Ann", Language.EN, null, Set.of(), HASH, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("createdAt");
    }

    @Test
    void theAccountKeepsItsOwnCopyOfTheRoles() {
        Set<Role> given = new HashSet<>(Set.of(Role.LEARNER));
        Account cut = account("ann@example.org", "Ann", given);

        given.add(Role.ADMIN);

        assertThat(cut.roles()).containsExactly(Role.LEARNER);
        assertThat(cut.holds(Role.ADMIN)).isFalse();
    }

    @Test
    void theRolesCannotBeChangedFromOutside() {
        Account cut = account("ann@example.org", "Ann", EnumSet.of(Role.LEARNER));

        assertThatThrownBy(() -> cut.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cut.holds(Role.ADMIN)).isFalse();
    }

    @Test
    void holdsSaysWhichRolesAreHeld() {
        Account cut = account("ann@example.org", "Ann", EnumSet.of(Role.TRAINER, Role.COORDINATOR));

        assertThat(cut.holds(Role.TRAINER)).isTrue();
        assertThat(cut.holds(Role.COORDINATOR)).isTrue();
        assertThat(cut.holds(Role.LEARNER)).isFalse();
        assertThat(cut.holds(Role.ADMIN)).isFalse();
    }

    @Test
    void holdRolesReplacesTheRoles() {
        Account cut = account("ann@example.org", "Ann", EnumSet.of(Role.LEARNER, Role.TRAINER));

        cut.holdRoles(EnumSet.of(Role.ADMIN, Role.COORDINATOR));

        assertThat(cut.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR);
        assertThat(cut.holds(Role.LEARNER)).isFalse();
        assertThat(cut.holds(Role.TRAINER)).isFalse();
    }

    @Test
    void holdRolesWithNoRolesTakesThemAll() {
        Account cut = account("ann@example.org", "Ann", EnumSet.allOf(Role.class));

        cut.holdRoles(Set.of());

        assertThat(cut.roles()).isEmpty();
    }

    @Test
    void holdRolesDoesNotKeepTheCallersSet() {
        Account cut = account("ann@example.org", "Ann", Set.of());
        Set<Role> given = new HashSet<>(Set.of(Role.TRAINER));

        cut.holdRoles(given);
        given.add(Role.ADMIN);

        assertThat(cut.roles()).containsExactly(Role.TRAINER);
    }

    @Test
    void holdRolesWithTheRolesAlreadyHeldKeepsThem() {
        Account cut = account("ann@example.org", "Ann", EnumSet.of(Role.LEARNER, Role.TRAINER));

        cut.holdRoles(cut.roles());

        assertThat(cut.roles()).containsExactlyInAnyOrder(Role.LEARNER, Role.TRAINER);
    }

    @Test
    void renameCollapsesWhitespace() {
        Account cut = account("ann@example.org", "Ann", Set.of());

        cut.rename("  Anna \t\n Karimova\t");

        assertThat(cut.displayName()).isEqualTo("Anna Karimova");
    }

    @Test
    void renameRequiresAName() {
        Account cut = account("ann@example.org", "Ann", Set.of());

        for (String empty : new String[] {null, "", " \t\n "}) {
            assertThatThrownBy(() -> cut.rename(empty))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.account.nameRequired"));
        }
        assertThat(cut.displayName()).isEqualTo("Ann");
    }

    @Test
    void renameAcceptsAtMost120CharactersAfterCleaning() {
        Account cut = account("ann@example.org", "Ann", Set.of());

        cut.rename("  " + "n".repeat(Account.MAX_NAME) + "  ");
        assertThat(cut.displayName()).hasSize(120);

        assertThatThrownBy(() -> cut.rename("n".repeat(Account.MAX_NAME + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.text.tooLong");
                    assertThat(e.arguments()).containsExactly(Account.MAX_NAME);
                });
        assertThat(cut.displayName()).hasSize(120);
    }

    @Test
    void collapsedWhitespaceDoesNotCountTowardsTheLimit() {
        Account cut = account("ann@example.org", "Ann", Set.of());
        String name = "a".repeat(60) + "          " + "b".repeat(59);

        cut.rename(name);

        assertThat(cut.displayName()).hasSize(120);
    }

    @Test
    void deactivateAndReactivate() {
        Account cut = account("ann@example.org", "Ann", Set.of());

        cut.deactivate();
        assertThat(cut.isActive()).isFalse();
        cut.deactivate();
        assertThat(cut.isActive()).isFalse();

        cut.reactivate();
        assertThat(cut.isActive()).isTrue();
    }

    @Test
    void changeEmailNormalisesAndChecks() {
        Account cut = account("ann@example.org", "Ann", Set.of());

        cut.changeEmail(" Anna@Example.UZ ");
        assertThat(cut.email()).isEqualTo("anna@example.uz");

        assertThatThrownBy(() -> cut.changeEmail(""))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.required"));
        assertThat(cut.email()).isEqualTo("anna@example.uz");
    }

    @Test
    void preferAndReplacePasswordHashAndJoinOrganisation() {
        Account cut = account("ann@example.org", "Ann", Set.of());
        Region region = new Region("SA", new LocalizedText("Samarkand", "Самарканд", "Samarqand"));
        Organisation organisation = new Organisation("Nur", OrganisationKind.NGO, region);

        cut.prefer(Language.EN);
        cut.replacePasswordHash("other-hash");
        cut.joinOrganisation(organisation);

        assertThat(cut.language()).isEqualTo(Language.EN);
        assertThat(cut.passwordHash()).isEqualTo("other-hash");
        assertThat(cut.organisation()).isSameAs(organisation);

        cut.joinOrganisation(null);
        assertThat(cut.organisation()).isNull();
        assertThatThrownBy(() -> cut.prefer(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> cut.replacePasswordHash(null)).isInstanceOf(NullPointerException.class);
    }
}
