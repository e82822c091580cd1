package org.qadam.certificate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Starts the certificate workers of {@link BulkIssuing} at deployment. A thread from the server's thread
 * factory keeps the context of whoever made it: made here, that is the application's, not a person's
 * request.
 */
@Singleton
@Startup
public class BulkIssuingStartup {

    @Inject
    BulkIssuing bulk;

    @PostConstruct
    void atStart() {
        bulk.startWorkers();
    }
}
