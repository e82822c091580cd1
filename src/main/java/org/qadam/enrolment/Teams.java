package org.qadam.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.cohort.Cohort;
import org.qadam.organisation.Organisation;

/** The NGO teams of a cohort, in the caller's transaction; which team a learner joins is {@link CohortTeams}' rule. */
@ApplicationScoped
public class Teams {

    @PersistenceContext
    EntityManager em;

    /** The cohort's teams as they are now, with their organisations (one statement), to find and make teams in. */
    CohortTeams of(Cohort cohort) {
        return new CohortTeams(cohort, em.createQuery("select t from Team t left join fetch t.organisation where t.cohort = :cohort order by t.id", Team.class)
                .setParameter("cohort", cohort).getResultList(), em::persist);
    }

    /** The cohort's team of that name in any letter case, or a new one when there is none: a team a coordinator names. */
    public Team named(Cohort cohort, String name) {
        Team team = em.createQuery("select t from Team t where t.cohort = :cohort and t.nameKey = :key", Team.class)
                .setParameter("cohort", cohort).setParameter("key", Team.keyOf(name))
                .getResultStream().findFirst().orElse(null);
        if (team == null) {
            team = new Team(cohort, name, null);
            em.persist(team);
        }
        return team;
    }

    /** The team of the organisation in the cohort, made when it is the first of that NGO. */
    public Team of(Cohort cohort, Organisation organisation) {
        return of(cohort).of(organisation);
    }
}
