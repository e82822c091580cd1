package org.qadam.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.cohort.Cohort;
import org.qadam.cohort.CohortAccess;
import org.qadam.enrolment.EnrolmentPreview.Outcome;
import org.qadam.enrolment.EnrolmentPreview.Problem;
import org.qadam.identity.Account;
import org.qadam.identity.EmailAddress;
import org.qadam.identity.PasswordHasher;
import org.qadam.identity.PasswordLinks;
import org.qadam.identity.Role;
import org.qadam.organisation.Organisation;
import org.qadam.organisation.OrganisationKind;
import org.qadam.organisation.Region;
import org.qadam.shared.ConflictException;
import org.qadam.shared.QadamException;
import org.qadam.shared.Text;
import org.qadam.shared.csv.CsvTable;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Enrolling people by the dozen from a CSV file with the columns email, name, organisation, region,
 * team and language. {@link #preview} says what each row would do and writes nothing; {@link #confirm}
 * checks the file again and writes every valid row in one transaction, or nothing when the valid rows
 * do not fit the cohort's capacity. New accounts get a one-time link to set their password.
 */
@ApplicationScoped
public class BulkEnrolment {

    public static final Set<String> REQUIRED = Set.of("email", "name", "organisation", "region");
    public static final Set<String> KNOWN = Set.of("email", "name", "organisation", "region", "team", "language");
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    CohortAccess access;
    @Inject
    PasswordHasher hasher;
    @Inject
    PasswordLinks links;
    @Inject
    Clock clock;
    @Inject
    Event<PeopleInvited> invited;
    @Inject
    org.qadam.shared.mail.Mailer mailer;
    @Inject
    Teams teams;

    /** What the file would do; nothing is written. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public EnrolmentPreview preview(long cohortId, byte[] csv) {
        Cohort cohort = access.asCoordinator(cohortId);
        return check(cohort, csv).preview();
    }

    /** Writes every valid row in one transaction; refused as a whole when they exceed the places left. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public EnrolmentResult confirm(long cohortId, byte[] csv) {
        Cohort cohort = access.lockedAsCoordinator(cohortId);
        Checked checked = check(cohort, csv);
        EnrolmentPreview preview = checked.preview();
        if (preview.exceedsCapacity()) {
            throw new ConflictException("error.enrolment.overCapacity", preview.joining(), preview.placesLeft());
        }
        long me = access.me();
        Instant now = clock.instant();
        String unusableHash = null;
        Map<String, Organisation> newOrganisations = new HashMap<>();
        CohortTeams cohortTeams = teams.of(cohort);
        List<InvitedPerson> invitedPeople = new ArrayList<>();
        int enrolled = 0;
        for (int i = 0; i < preview.rows().size(); i++) {
            EnrolmentPreview.Row row = preview.rows().get(i);
            Resolved r = checked.resolved().get(i);
            if (row.outcome() != Outcome.NEW_ACCOUNT && row.outcome() != Outcome.EXISTING_ACCOUNT) {
                continue;
            }
            Account account = r.account;
            Organisation organisation = r.organisation;
            if (account != null) {
                // people who have an account are enrolled as they are: their own organisation names their team
                organisation = account.organisation();
            } else if (organisation == null) {
                organisation = newOrganisations.computeIfAbsent(r.region.id() + "/" + Organisation.keyOf(row.organisation()), k -> {
                    Organisation o = new Organisation(row.organisation(), OrganisationKind.NGO, r.region);
                    em.persist(o);
                    return o;
                });
            }
            if (account == null) {
                if (unusableHash == null) {
                    unusableHash = hasher.hash(randomSecret());
                }
                account = new Account(row.email(), row.name(), r.language, organisation, EnumSet.of(Role.LEARNER), unusableHash, now);
                em.persist(account);
                PasswordLinks.Issued link = links.issue(account);
                invitedPeople.add(new InvitedPerson(row.name(), row.email(), r.language.code(), link.url(), link.expiresAt()));
            }
            // an account of no organisation joins the team of the row's organisation, when the row's region has it
            Team team = teamOf(cohortTeams, row, organisation != null ? organisation : r.organisation);
            if (r.enrolment != null) {
                r.enrolment.enrolAfterRequest(team, now, me);
            } else {
                em.persist(Enrolment.enrolled(cohort, account, team, now, me));
            }
            enrolled++;
        }
        Flush.orConflict(em, "error.changedMeanwhile");
        boolean mailed = !invitedPeople.isEmpty() && mailer.isConfigured();
        invited.fire(new PeopleInvited(cohort.name(), List.copyOf(invitedPeople)));
        return new EnrolmentResult(enrolled, preview.rows().size() - enrolled, invitedPeople, mailed);
    }

    /** Fired in the transaction of a confirmed enrolment; mail goes out after it commits. */
    public record PeopleInvited(String cohortName, List<InvitedPerson> people) implements Serializable {
    }

    private record Checked(EnrolmentPreview preview, List<Resolved> resolved) {
    }

    /** What a row was matched to in the database. */
    private static final class Resolved {
        Region region;
        Organisation organisation;
        Account account;
        Enrolment enrolment;
        Language language = Language.UZ;
    }

    private Checked check(Cohort cohort, byte[] csv) {
        CsvTable table = CsvTable.read(csv, REQUIRED, KNOWN);
        List<CsvTable.Row> rows = table.rows();

        List<Region> regions = em.createQuery("select r from Region r", Region.class).getResultList();
        Set<Long> cohortRegions = new java.util.HashSet<>();
        cohort.regions().forEach(r -> cohortRegions.add(r.id()));

        List<String> emails = new ArrayList<>();
        List<String> orgKeys = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            try {
                emails.add(EmailAddress.normalise(row.get("email")));
            } catch (QadamException ignored) {
                // reported row by row below
            }
            orgKeys.add(Organisation.keyOf(row.get("organisation")));
        }
        Map<String, Account> accounts = new HashMap<>();
        for (List<String> chunk : chunks(emails.stream().distinct().toList())) {
            em.createQuery("select a from Account a left join fetch a.organisation where a.email in :emails", Account.class)
                    .setParameter("emails", chunk).getResultList().forEach(a -> accounts.put(a.email(), a));
        }
        Map<String, Organisation> organisations = new HashMap<>();
        for (List<String> chunk : chunks(orgKeys.stream().filter(k -> !k.isEmpty()).distinct().toList())) {
            em.createQuery("select o from Organisation o join fetch o.region where o.nameKey in :keys", Organisation.class)
                    .setParameter("keys", chunk).getResultList()
                    .forEach(o -> organisations.put(o.region().id() + "/" + o.nameKey(), o));
        }
        Map<Long, Enrolment> enrolments = new HashMap<>();
        List<Long> accountIds = accounts.values().stream().map(Account::id).toList();
        for (List<Long> chunk : chunks(accountIds)) {
            em.createQuery("select e from Enrolment e where e.cohort = :cohort and e.account.id in :ids", Enrolment.class)
                    .setParameter("cohort", cohort).setParameter("ids", chunk).getResultList()
                    .forEach(e -> enrolments.put(e.account().id(), e));
        }

        List<EnrolmentPreview.Row> previewRows = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        Map<String, Long> firstRowOfEmail = new HashMap<>();
        for (CsvTable.Row row : rows) {
            List<Problem> problems = new ArrayList<>();
            Resolved r = new Resolved();
            if (!table.isComplete(row)) {
                // the cells of such a row are shifted: checking them one by one would only add noise
                previewRows.add(new EnrolmentPreview.Row(row.number(), Text.tidy(row.get("email")), Text.tidy(row.get("name")),
                        Text.tidy(row.get("organisation")), Text.tidy(row.get("region")), Text.tidy(row.get("team")), "",
                        Outcome.INVALID, false,
                        List.of(new Problem(null, "error.csv.columnCount", List.of(row.size(), table.columns().size())))));
                resolved.add(r);
                continue;
            }
            String email = row.get("email");
            try {
                email = EmailAddress.normalise(email);
                Long first = firstRowOfEmail.putIfAbsent(email, row.number());
                if (first != null) {
                    problems.add(new Problem("email", "error.csv.duplicateRow", List.of(first)));
                }
            } catch (QadamException bad) {
                problems.add(problem("email", bad));
            }
            r.account = accounts.get(email);
            String name = Text.tidy(row.get("name"));
            if (r.account == null) {
                try {
                    name = Text.requiredName(name, Account.MAX_NAME, "error.csv.nameRequired");
                } catch (QadamException bad) {
                    problems.add(problem("name", bad));
                }
            } else if (!r.account.isActive()) {
                problems.add(new Problem("email", "error.csv.accountInactive", List.of()));
            }
            String regionText = Text.tidy(row.get("region"));
            r.region = regions.stream().filter(x -> matches(x, regionText)).findFirst().orElse(null);
            if (r.region == null) {
                problems.add(new Problem("region", regionText.isEmpty() ? "error.csv.regionRequired" : "error.csv.unknownRegion",
                        List.of(regionText)));
            } else if (!cohortRegions.isEmpty() && !cohortRegions.contains(r.region.id())) {
                problems.add(new Problem("region", "error.csv.regionNotInCohort", List.of(regionText)));
            }
            String organisation = Text.tidy(row.get("organisation"));
            try {
                organisation = Text.requiredName(organisation, Organisation.MAX_NAME, "error.csv.organisationRequired");
            } catch (QadamException bad) {
                problems.add(problem("organisation", bad));
            }
            if (r.region != null && !organisation.isEmpty()) {
                r.organisation = organisations.get(r.region.id() + "/" + Organisation.keyOf(organisation));
            }
            String team = Text.tidy(row.get("team"));
            if (team.length() > Team.MAX_NAME) {
                problems.add(new Problem("team", "error.text.tooLong", List.of(Team.MAX_NAME)));
            }
            String languageText = Text.tidy(row.get("language"));
            if (!languageText.isEmpty()) {
                Language language = Language.fromCode(languageText.toLowerCase(Locale.ROOT)).orElse(null);
                if (language == null) {
                    problems.add(new Problem("language", "error.csv.unknownLanguage", List.of(languageText)));
                } else {
                    r.language = language;
                }
            }
            if (r.account != null) {
                r.enrolment = enrolments.get(r.account.id());
            }
            Outcome outcome;
            if (!problems.isEmpty()) {
                outcome = Outcome.INVALID;
            } else if (r.enrolment != null && (r.enrolment.status() == EnrolmentStatus.ACTIVE
                    || r.enrolment.status() == EnrolmentStatus.COMPLETED || r.enrolment.status() == EnrolmentStatus.WITHDRAWN)) {
                outcome = Outcome.ALREADY_ENROLLED;
            } else {
                outcome = r.account == null ? Outcome.NEW_ACCOUNT : Outcome.EXISTING_ACCOUNT;
            }
            if (r.account != null) {
                name = r.account.displayName();
            }
            previewRows.add(new EnrolmentPreview.Row(row.number(), email, name, organisation,
                    regionText, team, r.language.code(), outcome,
                    outcome != Outcome.INVALID && r.organisation == null && r.account == null, List.copyOf(problems)));
            resolved.add(r);
        }
        long taken = em.createQuery("select count(e) from Enrolment e where e.cohort = :cohort and e.status in :statuses", Long.class)
                .setParameter("cohort", cohort)
                .setParameter("statuses", List.of(EnrolmentStatus.ACTIVE, EnrolmentStatus.COMPLETED)).getSingleResult();
        Integer left = cohort.capacity() == null ? null : (int) Math.max(0, cohort.capacity() - taken);
        return new Checked(new EnrolmentPreview(List.copyOf(previewRows), left), resolved);
    }

    /** The team the row names; with its team column empty, or naming the person's own NGO, that NGO's own team. */
    private static Team teamOf(CohortTeams teams, EnrolmentPreview.Row row, Organisation organisation) {
        if (organisation == null) {
            return teams.named(row.team().isEmpty() ? row.organisation() : row.team());
        }
        boolean ownTeam = row.team().isEmpty() || Team.keyOf(row.team()).equals(Team.keyOf(organisation.name()));
        return ownTeam ? teams.of(organisation) : teams.named(row.team());
    }

    /** The region by its code or its name in any language, whichever apostrophe an Uzbek name was typed with. */
    private static boolean matches(Region region, String typed) {
        if (typed.isEmpty()) {
            return false;
        }
        if (region.code().equalsIgnoreCase(typed)) {
            return true;
        }
        String name = Text.sameApostrophes(typed);
        for (Language language : Language.values()) {
            if (Text.sameApostrophes(Text.tidy(region.nameIn(language))).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Problem problem(String column, QadamException bad) {
        List<Serializable> arguments = new ArrayList<>();
        for (Object a : bad.arguments()) {
            arguments.add(a instanceof Serializable s ? s : String.valueOf(a));
        }
        return new Problem(column, bad.messageKey(), arguments);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
