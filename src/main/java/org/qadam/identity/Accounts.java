package org.qadam.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.qadam.organisation.Organisation;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.Caller;
import org.qadam.shared.security.RequiresRole;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The people who can sign in: administrators manage them, everyone manages their own password and language. */
@ApplicationScoped
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Event<AccountAccessChanged> accessChanged;

    @Transactional
    @RequiresRole(Role.ADMIN)
    public long create(AccountForm form) {
        String email = EmailAddress.normalise(form.email());
        PasswordPolicy.check(form.password(), email);
        refuseTakenEmail(email, null);
        Account account = new Account(email, form.displayName(), language(form), organisation(form.organisationId()),
                roles(form.roles()), hasher.hash(form.password()), clock.instant());
        em.persist(account);
        Flush.orConflict(em, "error.email.taken", email);
        return account.id();
    }

    @Transactional
    @RequiresRole(Role.ADMIN)
    public void update(long id, long expectedVersion, AccountForm form) {
        Account account = existing(id);
        if (account.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        String email = EmailAddress.normalise(form.email());
        if (!email.equals(account.email())) {
            refuseTakenEmail(email, id);
            account.changeEmail(email);
        }
        account.rename(form.displayName());
        account.prefer(language(form));
        account.joinOrganisation(organisation(form.organisationId()));
        Set<Role> roles = roles(form.roles());
        if (isMe(account) && account.holds(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            throw new ConflictException("error.account.keepOwnAdmin");
        }
        boolean rolesChanged = !roles.equals(account.roles());
        refuseLosingTheLastAdministrator(account, roles.contains(Role.ADMIN));
        account.holdRoles(roles);
        boolean passwordSet = form.password() != null && !form.password().isEmpty();
        if (passwordSet) {
            PasswordPolicy.check(form.password(), email);
            account.replacePasswordHash(hasher.hash(form.password()));
        }
        Flush.orConflict(em, "error.email.taken", email);
        if ((rolesChanged || passwordSet) && !isMe(account)) {
            accessChanged.fire(new AccountAccessChanged(id));
        }
    }

    @Transactional
    @RequiresRole(Role.ADMIN)
    public void deactivate(long id) {
        Account account = existing(id);
        if (isMe(account)) {
            throw new ConflictException("error.account.deactivateSelf");
        }
        refuseLosingTheLastAdministrator(account, false);
        account.deactivate();
        accessChanged.fire(new AccountAccessChanged(id));
    }

    @Transactional
    @RequiresRole(Role.ADMIN)
    public void reactivate(long id) {
        existing(id).reactivate();
    }

    @RequiresRole(Role.ADMIN)
    public AccountDetails details(long id) {
        return AccountDetails.of(existing(id));
    }

    @RequiresRole(Role.ADMIN)
    public long count(AccountQuery query) {
        StringBuilder jpql = new StringBuilder("select count(a) from Account a");
        Map<String, Object> params = new HashMap<>();
        where(query, jpql, params);
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** One page of accounts, filtered and sorted in the database: two queries, whatever the page size. */
    @RequiresRole(Role.ADMIN)
    public List<AccountRow> page(AccountQuery query, int first, int pageSize) {
        StringBuilder jpql = new StringBuilder(
                "select a.id, a.email, a.displayName, a.language, a.active, o.name"
                        + " from Account a left join a.organisation o");
        Map<String, Object> params = new HashMap<>();
        where(query, jpql, params);
        jpql.append(" order by ").append(switch (query.sort()) {
            case EMAIL -> "a.email";
            case CREATED -> "a.createdAt";
            case NAME -> "a.displayName";
        }).append(query.ascending() ? " asc" : " desc").append(", a.id");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)));
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(r -> (Long) r[0]).toList());
        List<AccountRow> page = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            page.add(new AccountRow((Long) r[0], (String) r[1], (String) r[2], (Language) r[3], (Boolean) r[4],
                    (String) r[5], roles.getOrDefault((Long) r[0], Set.of())));
        }
        return page;
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
        List<Object[]> pairs = em.createQuery(
                        "select a.id, r from Account a join a.roles r where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        return pairs.stream().collect(Collectors.groupingBy(p -> (Long) p[0],
                Collectors.mapping(p -> (Role) p[1], Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static void where(AccountQuery query, StringBuilder jpql, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(lower(a.email) like :text escape '!' or lower(a.displayName) like :text escape '!')");
            params.put("text", "%" + likeEscaped(query.text().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.role() != null) {
            conditions.add(":role member of a.roles");
            params.put("role", query.role());
        }
        if (query.active() != null) {
            conditions.add("a.active = :active");
            params.put("active", query.active());
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
    }

    static String likeEscaped(String text) {
        return org.qadam.shared.Text.escapeLike(text);
    }

    /** The account that is signed in, or an {@link AccessDeniedException} for an anonymous caller. */
    public Account me() {
        return findByPrincipal(caller.name().orElseThrow(() -> new AccessDeniedException("error.accessDenied")))
                .orElseThrow(() -> new AccessDeniedException("error.accessDenied"));
    }

    public Optional<Account> findByPrincipal(String principalName) {
        try {
            return Optional.ofNullable(em.find(Account.class, Long.valueOf(principalName)));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        Account me = me();
        if (!hasher.matches(currentPassword, me.passwordHash())) {
            throw new org.qadam.shared.InvalidInputException("error.password.currentWrong");
        }
        PasswordPolicy.check(newPassword, me.email());
        me.replacePasswordHash(hasher.hash(newPassword));
        // a changed password ends the person's other sessions (the page restamps the current one)
        accessChanged.fire(new AccountAccessChanged(me.id()));
    }

    @Transactional
    public void changeMyLanguage(Language language) {
        me().prefer(language);
    }

    /** For signing in: the account with this email, if any. Not restricted: the caller is not yet known. */
    public Optional<Account> forSignIn(String email) {
        String wanted = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        // compared again in Java: MySQL's default collations ignore accents, and "ädmin@" must not be
        // a second spelling of "admin@" with a throttle count of its own
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", wanted)
                .getResultStream().filter(a -> a.email().equals(wanted)).findFirst();
    }

    private void refuseTakenEmail(String email, Long exceptId) {
        boolean taken = em.createQuery("select count(a) from Account a where a.email = :email and a.id <> :id", Long.class)
                .setParameter("email", email)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
        if (taken) {
            throw new ConflictException("error.email.taken", email);
        }
    }

    /** The installation must keep at least one active administrator. */
    private void refuseLosingTheLastAdministrator(Account account, boolean staysAdministrator) {
        if (staysAdministrator || !account.holds(Role.ADMIN) || !account.isActive()) {
            return;
        }
        long others = em.createQuery("select count(a) from Account a where :admin member of a.roles"
                        + " and a.active = true and a.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", account.id())
                .getSingleResult();
        if (others == 0) {
            throw new ConflictException("error.account.lastAdmin");
        }
    }

    private Account existing(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NotFoundException("error.notFound");
        }
        return account;
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            return null;
        }
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("error.organisation.unknown");
        }
        return organisation;
    }

    private boolean isMe(Account account) {
        return caller.name().filter(String.valueOf(account.id())::equals).isPresent();
    }

    private static Language language(AccountForm form) {
        return form.language() == null ? Language.EN : form.language();
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
