package org.qadam.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.qadam.assignment.Submissions;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Backs assignment.xhtml ({@code ?cohort=&assignment=}): the brief, the dates, the learner's (or team's)
 * draft with its text and files, handing it in, and the earlier attempts with their feedback. What the
 * learner typed is kept on the page when anything is refused.
 */
@Named
@ViewScoped
public class AssignmentBacking implements Serializable {

    @Inject
    Submissions submissions;

    private Long cohort;
    private String assignment;
    private Submissions.AssignmentPage page;
    private String text;
    private Long version;
    private boolean stale;
    private transient UploadedFile file;

    public void open() {
        if (cohort == null || assignment == null) {
            throw new NotFoundException("error.notFound");
        }
        if (page == null) {
            try {
                reload(true);
            } catch (org.qadam.shared.ConflictException closed) {
                // an assignment of a module not open yet, asked for by its address: back to the cohort, saying why
                Feedback.infoAfterRedirect(closed.messageKey());
                jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
                faces.getApplication().getNavigationHandler().handleNavigation(faces, null,
                        "/my-cohort?faces-redirect=true&id=" + cohort);
            }
        }
    }

    private void reload(boolean withText) {
        show(submissions.page(cohort, assignment), withText);
    }

    /** The page as it stands now, with the version of its draft; the draft's text too when asked. */
    private void show(Submissions.AssignmentPage now, boolean withText) {
        page = now;
        version = page.draft() == null ? null : page.draft().version();
        if (withText) {
            text = page.draft() == null ? null : page.draft().textHtml();
        }
        stale = false;
    }

    /** After a teammate's change: shows the draft as stored now, dropping what was typed here. */
    public void reloadDraft() {
        reload(true);
    }

    /** Saves the text, and a file chosen but not yet added with it (adding a file saves the text too). */
    public void save() {
        if (fileChosen()) {
            if (addChosenFile()) {
                Feedback.info("assignment.saved");
            }
            return;
        }
        try {
            show(submissions.saveDraft(cohort, assignment, text, version), true);
            Feedback.info("assignment.saved");
        } catch (QadamException problem) {
            refused(problem);
        }
    }

    public void upload() {
        if (!fileChosen()) {
            file = null;
            Feedback.error("error.file.none");
            return;
        }
        addChosenFile();
    }

    /** Whether a file was chosen in the form, whichever button sent it. */
    private boolean fileChosen() {
        return file != null && file.getSize() > 0;
    }

    /** Adds the chosen file with the text; false, with the reason shown, when it is refused. */
    private boolean addChosenFile() {
        try (InputStream in = file.getInputStream()) {
            show(submissions.addFile(cohort, assignment, text,
                    new Submissions.NewFile(file.getFileName(), file.getSize(), in), version), true);
            Feedback.info("assignment.fileAdded", file.getFileName());
            return true;
        } catch (QadamException problem) {
            refused(problem);
        } catch (IOException unreadable) {
            Feedback.error("error.file.storeFailed");
        } finally {
            file = null;
        }
        return false;
    }

    public void remove(long fileId) {
        try {
            show(submissions.removeFile(cohort, assignment, fileId, version), false);
            Feedback.info("assignment.fileRemoved");
        } catch (QadamException problem) {
            refused(problem);
        }
    }

    /** Hands the work in, with a file chosen but not yet added: a person who chose one means it to go with the work. */
    public void submit() {
        if (fileChosen() && !addChosenFile()) {
            return;
        }
        try {
            show(submissions.submit(cohort, assignment, text, version), true);
            Feedback.info("assignment.submitted");
        } catch (QadamException problem) {
            refused(problem);
        }
    }

    /**
     * Keeps the text the learner typed. After a teammate's change the page stays as it was (with its old
     * version, so nothing is written over their change) until the learner reloads; otherwise it shows the
     * files and attempts as stored now.
     */
    private void refused(QadamException problem) {
        Feedback.error(problem);
        if ("error.submission.changedByOther".equals(problem.messageKey())) {
            stale = true;
            return;
        }
        String typed = text;
        Long before = version;
        try {
            reload(false);
        } catch (QadamException ignored) {
            // the message about the first problem is the one that matters
        }
        text = typed;
        if (!java.util.Objects.equals(before, version)) {
            // a teammate saved meanwhile: the text typed here is based on the draft as it was, so the page keeps the
            // version it had, and the next save is refused instead of writing over their change
            version = before;
            stale = true;
        }
    }

    public boolean isStale() {
        return stale;
    }

    public String getAccept() {
        return page.assignment().fileTypes().stream().map(t -> "." + t).reduce((a, b) -> a + "," + b).orElse("");
    }

    public String getCourseCode() {
        return page.courseCode();
    }

    public Long getCohort() {
        return cohort;
    }

    public void setCohort(Long cohort) {
        this.cohort = cohort;
    }

    public String getAssignment() {
        return assignment;
    }

    public void setAssignment(String assignment) {
        this.assignment = assignment;
    }

    public Submissions.AssignmentPage getPage() {
        return page;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
