package org.qadam.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.cohort.Cohort;
import org.qadam.organisation.Organisation;

/** The NGO teams of a cohort, found by name in any letter case, or made when the name is new. */
@ApplicationScoped
public class Teams {

    @PersistenceContext
    EntityManager em;

    /**
     * The cohort's team of that name, or a new one (for {@code organisation}, which may be null) when
     * there is none; in the caller's transaction.
     */
    public Team named(Cohort cohort, String name, Organisation organisation) {
        Team team = em.createQuery("select t from Team t where t.cohort = :cohort and t.nameKey = :key", Team.class)
                .setParameter("cohort", cohort).setParameter("key", Team.keyOf(name))
                .getResultStream().findFirst().orElse(null);
        if (team == null) {
            team = new Team(cohort, name, organisation);
            em.persist(team);
        }
        return team;
    }
}
