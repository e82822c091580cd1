package org.qadam.shared.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.qadam.shared.ConflictException;

/**
 * Writes pending changes now, inside the service method, so that a clash with a concurrent transaction
 * (a unique key taken a moment ago, a row someone else just changed) becomes a {@link ConflictException}
 * the page can show in the user's language, instead of an error at commit.
 */
public final class Flush {

    private Flush() {
    }

    public static void orConflict(EntityManager em, String messageKey, Object... arguments) {
        try {
            em.flush();
        } catch (OptimisticLockException stale) {
            throw new ConflictException("error.changedMeanwhile");
        } catch (PersistenceException clash) {
            throw new ConflictException(messageKey, arguments);
        }
    }
}
