package org.qadam.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.qadam.cohort.CohortDetails;
import org.qadam.cohort.Cohorts;
import org.qadam.enrolment.BulkEnrolment;
import org.qadam.enrolment.EnrolmentPreview;
import org.qadam.enrolment.EnrolmentResult;
import org.qadam.enrolment.EnrolmentStatus;
import org.qadam.enrolment.Enrolments;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.CsvUpload;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.util.List;

/**
 * Backs coordinator/enrol.xhtml ({@code ?id=}): bulk enrolment from a CSV file (upload, preview, confirm,
 * then the new accounts' one-time links), and the cohort's open requests to approve or decline.
 */
@Named
@ViewScoped
public class EnrolBacking implements Serializable {

    @Inject
    Cohorts cohorts;
    @Inject
    BulkEnrolment bulk;
    @Inject
    Enrolments enrolments;

    private Long id;
    private CohortDetails details;
    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private EnrolmentPreview preview;
    private EnrolmentResult result;
    private List<Enrolments.EnrolmentRow> requests = List.of();
    private Enrolments.EnrolmentRow selected;
    private String reason;

    public void open() {
        if (id == null) {
            throw new NotFoundException("error.notFound");
        }
        if (details == null) {
            reload();
        }
    }

    private void reload() {
        details = cohorts.details(id);
        requests = enrolments.ofStatus(id, EnrolmentStatus.REQUESTED, 500);
    }

    public void upload() {
        try {
            byte[] read = CsvUpload.read(file);
            preview = bulk.preview(id, read);
            content = read;
            fileName = file.getFileName();
            result = null;
        } catch (QadamException problem) {
            preview = null;
            content = null;
            Feedback.error(problem);
        }
    }

    /**
     * Enrols the previewed file's people. A double click sends the file twice, and the browser shows the answer
     * to the second: so the second waits here for the first and shows its result, with the one-time links that
     * exist nowhere else, instead of enrolling nobody (everyone is enrolled by then) over it.
     */
    public synchronized void confirm() {
        if (content == null) {
            if (result == null) {
                Feedback.error("enrol.noFile");
            } else {
                Feedback.info("enrol.done", result.enrolled(), result.invited().size());
            }
            return;
        }
        try {
            result = bulk.confirm(id, content);
            Feedback.info("enrol.done", result.enrolled(), result.invited().size());
            preview = null;
            content = null;
            reload();
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public void discard() {
        preview = null;
        content = null;
    }

    public void approve(Enrolments.EnrolmentRow row) {
        try {
            enrolments.approve(row.id(), row.version());
            Feedback.info("enrol.approved", row.name());
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
        reload();
    }

    public void startDecline(Enrolments.EnrolmentRow row) {
        selected = row;
        reason = null;
    }

    public void decline() {
        try {
            enrolments.decline(selected.id(), selected.version(), reason);
            Feedback.info("enrol.declined", selected.name());
            reload();
        } catch (QadamException problem) {
            Feedback.error(problem);
            org.primefaces.PrimeFaces.current().ajax().addCallbackParam("failed", true);
        }
    }

    /** A problem of a preview row in the reader's language. */
    public String describe(EnrolmentPreview.Problem problem) {
        String text = Feedback.text(problem.messageKey(), problem.arguments().toArray());
        return problem.column() == null ? text : Feedback.text("enrol.column", problem.column()) + ": " + text;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CohortDetails getDetails() {
        return details;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public EnrolmentPreview getPreview() {
        return preview;
    }

    public EnrolmentResult getResult() {
        return result;
    }

    public List<Enrolments.EnrolmentRow> getRequests() {
        return requests;
    }

    public Enrolments.EnrolmentRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
