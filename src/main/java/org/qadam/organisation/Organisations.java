package org.qadam.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.qadam.identity.Role;
import org.qadam.shared.ConflictException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.Text;
import org.qadam.shared.i18n.LocalizedText;
import org.qadam.shared.persistence.Flush;
import org.qadam.shared.security.RequiresRole;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The regions and organisations of the programme, kept by coordinators (and administrators). */
@ApplicationScoped
public class Organisations {

    @PersistenceContext
    EntityManager em;

    /** All regions with their organisation counts: at most a few dozen rows, read in one query. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<RegionRow> regions() {
        return em.createQuery("select new org.qadam.organisation.RegionRow(r.id, r.code, r.name,"
                        + " (select count(o) from Organisation o where o.region = r), r.version)"
                        + " from Region r order by r.code", RegionRow.class)
                .getResultList();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public long createRegion(String code, LocalizedText name) {
        String normalised = Region.validCode(code);
        long taken = em.createQuery("select count(r) from Region r where r.code = :code", Long.class)
                .setParameter("code", normalised).getSingleResult();
        if (taken > 0) {
            throw new ConflictException("error.region.codeTaken", normalised);
        }
        Region region = new Region(normalised, name);
        em.persist(region);
        Flush.orConflict(em, "error.region.codeTaken", normalised);
        return region.id();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void renameRegion(long id, long expectedVersion, LocalizedText name) {
        Region region = region(id);
        if (region.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        region.rename(name);
        Flush.orConflict(em, "error.changedMeanwhile");
    }

    private Region region(long id) {
        Region region = em.find(Region.class, id);
        if (region == null) {
            throw new NotFoundException("error.region.unknown");
        }
        return region;
    }

    /** Organisations of one region, by name: for choosing one in a form. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<OrganisationChoice> inRegion(long regionId) {
        return em.createQuery("select new org.qadam.organisation.OrganisationChoice(o.id, o.name)"
                        + " from Organisation o where o.region.id = :region order by o.nameKey", OrganisationChoice.class)
                .setParameter("region", regionId)
                .getResultList();
    }

    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public long count(Long regionId, String text) {
        StringBuilder jpql = new StringBuilder("select count(o) from Organisation o join o.region r");
        Map<String, Object> params = where(regionId, text, jpql);
        TypedQuery<Long> q = em.createQuery(jpql.toString(), Long.class);
        params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** One page of organisations with their member counts, in one query. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<OrganisationRow> page(Long regionId, String text, int first, int pageSize) {
        StringBuilder jpql = new StringBuilder("select new org.qadam.organisation.OrganisationRow(o.id, o.name, o.kind,"
                + " r.id, r.name.en, r.name.ru, r.name.uz, (select count(a) from Account a where a.organisation = o), o.version)"
                + " from Organisation o join o.region r");
        Map<String, Object> params = where(regionId, text, jpql);
        jpql.append(" order by r.code, o.nameKey, o.id");
        TypedQuery<OrganisationRow> q = em.createQuery(jpql.toString(), OrganisationRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)));
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    private static Map<String, Object> where(Long regionId, String text, StringBuilder jpql) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder();
        if (regionId != null) {
            where.append("r.id = :region");
            params.put("region", regionId);
        }
        if (text != null && !text.isBlank()) {
            if (!where.isEmpty()) {
                where.append(" and ");
            }
            where.append("o.nameKey like :text escape '!'");
            params.put("text", "%" + Text.escapeLike(Organisation.keyOf(text)) + "%");
        }
        if (!where.isEmpty()) {
            jpql.append(" where ").append(where);
        }
        return params;
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public long create(String name, OrganisationKind kind, long regionId) {
        Organisation organisation = new Organisation(name, kind, region(regionId));
        refuseTakenName(organisation.nameKey(), regionId, null);
        em.persist(organisation);
        Flush.orConflict(em, "error.organisation.nameTaken");
        return organisation.id();
    }

    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void rename(long id, long expectedVersion, String newName) {
        Organisation organisation = organisation(id);
        if (organisation.version() != expectedVersion) {
            throw new ConflictException("error.changedMeanwhile");
        }
        refuseTakenName(Organisation.keyOf(newName), organisation.region().id(), id);
        organisation.rename(newName);
        Flush.orConflict(em, "error.organisation.nameTaken");
    }

    /** Deletes an organisation nobody belongs to and no team or work names; one with members is refused, saying how many. */
    @Transactional
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public void delete(long id) {
        Organisation organisation = organisation(id);
        long members = em.createQuery("select count(a) from Account a where a.organisation = :o", Long.class)
                .setParameter("o", organisation).getSingleResult();
        if (members > 0) {
            throw new ConflictException("error.organisation.hasMembers", organisation.name(), members);
        }
        em.remove(organisation);
        // nobody belongs to it now, but a cohort's team or handed-in work of its former members still names it
        Flush.orConflict(em, "error.organisation.inUse", organisation.name());
    }

    private Organisation organisation(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException("error.organisation.unknown");
        }
        return organisation;
    }

    private void refuseTakenName(String nameKey, long regionId, Long exceptId) {
        long taken = em.createQuery("select count(o) from Organisation o where o.region.id = :region"
                        + " and o.nameKey = :key and o.id <> :id", Long.class)
                .setParameter("region", regionId)
                .setParameter("key", nameKey)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new ConflictException("error.organisation.nameTaken");
        }
    }
}
