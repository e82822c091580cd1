package org.qadam.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.qadam.organisation.Organisation;
import org.qadam.shared.Text;
import org.qadam.shared.i18n.Language;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A person who can sign in to Qadam, with the roles they hold and the organisation they belong to. */
@Entity
@Table(name = "account")
public class Account {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = EmailAddress.MAX_LENGTH, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false, length = MAX_NAME)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @BatchFetch(BatchFetchType.IN)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    /**
     * A new, active account. The password must already be hashed: the entity never sees a clear-text
     * password (see {@link Accounts}).
     */
    public Account(String email, String displayName, Language language, Organisation organisation,
                   Set<Role> roles, String passwordHash, Instant createdAt) {
        this.email = EmailAddress.normalise(email);
        rename(displayName);
        this.language = Objects.requireNonNull(language, "language");
        this.organisation = organisation;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.active = true;
    }

    public void rename(String newName) {
        String cleaned = Text.requiredName(newName, MAX_NAME, "error.account.nameRequired");
        this.displayName = cleaned;
    }

    public void changeEmail(String newEmail) {
        this.email = EmailAddress.normalise(newEmail);
    }

    public void replacePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void prefer(Language newLanguage) {
        this.language = Objects.requireNonNull(newLanguage, "newLanguage");
    }

    public void joinOrganisation(Organisation newOrganisation) {
        this.organisation = newOrganisation;
    }

    /** Replaces the roles held. A role set may be empty: such a person can sign in and see their profile. */
    public void holdRoles(Set<Role> newRoles) {
        // copied first: newRoles may be a view of roles itself (roles()), which clear() would empty
        Set<Role> wanted = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        roles.clear();
        roles.addAll(wanted);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Language language() {
        return language;
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public long version() {
        return version;
    }
}
