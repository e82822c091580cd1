package org.qadam.assignment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qadam.shared.files.FileStore;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * At start-up, finishes what a crash interrupted in the file store: an uploaded file or certificate whose row was
 * committed is moved into place, any other half-written upload is deleted.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FileRecovery {

    private static final Logger LOG = Logger.getLogger(FileRecovery.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    FileStore store;

    @PostConstruct
    void atStart() {
        int deleted = recover();
        if (deleted > 0) {
            LOG.info(() -> "deleted " + deleted + " uploads left unfinished by the last stop");
        }
    }

    /** Returns how many unfinished uploads were deleted. */
    public int recover() {
        return store.recover(this::committed);
    }

    /** The keys among these whose rows were committed: submitted and feedback files, and certificates' PDFs. */
    private Set<String> committed(List<String> keys) {
        Set<String> committed = new HashSet<>(em.createQuery("select f.storageKey from SubmissionFile f where f.storageKey in :keys",
                String.class).setParameter("keys", keys).getResultList());
        committed.addAll(em.createQuery("select c.pdfKey from Certificate c where c.pdfKey in :keys", String.class)
                .setParameter("keys", keys).getResultList());
        return committed;
    }
}
