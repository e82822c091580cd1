package org.qadam.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.certificate.Certificates;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;

/** The certificates part of a cohort's page: how many are proposed, and issuing them all with a progress bar. */
@Named
@ViewScoped
public class CohortCertificatesBacking implements Serializable {

    @Inject
    Certificates certificates;

    private Long cohort;
    private Long proposed;
    private String run;

    public long proposed(long cohortId) {
        if (proposed == null || cohort == null || cohort != cohortId) {
            cohort = cohortId;
            proposed = certificates.proposed(cohortId);
        }
        return proposed;
    }

    public void issueAll() {
        try {
            run = certificates.issueAll(cohort);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public Certificates.BulkProgress getProgress() {
        return certificates.progress(run);
    }

    public boolean isRunning() {
        return run != null;
    }

    public void finished() {
        Certificates.BulkProgress p = certificates.progress(run);
        Feedback.info("certificates.bulkDone", p.done(), p.failed());
        run = null;
        proposed = certificates.proposed(cohort);
    }
}
