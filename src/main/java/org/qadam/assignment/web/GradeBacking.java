package org.qadam.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.qadam.assignment.GradeAction;
import org.qadam.assignment.Grading;
import org.qadam.assignment.Rubric;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Backs grade.xhtml ({@code ?submission=}): the work beside the rubric; a level per criterion with the
 * total as it adds up, feedback and a feedback file; save as a draft, mark graded, release, or return for
 * revision. A save after someone else's is refused and the trainer's picks stay on the page.
 */
@Named
@ViewScoped
public class GradeBacking implements Serializable {

    @Inject
    Grading grading;

    private Long submission;
    private Grading.GradingPage page;
    private final Map<String, BigDecimal> picks = new HashMap<>();
    private String feedback;
    private long version;
    private boolean stale;
    private transient UploadedFile file;

    public void open() {
        if (submission == null) {
            throw new NotFoundException("error.notFound");
        }
        if (page == null) {
            reload();
        }
    }

    /** Loads the submission as stored now, dropping what was picked on the page. */
    public void reload() {
        page = grading.page(submission);
        picks.clear();
        // the rubric's own level values, so that 12.00 from the database selects the level "12"
        picks.putAll(Rubric.score(page.assignment(), page.attempt().scores()).levels());
        feedback = page.attempt().feedbackHtml();
        version = page.attempt().version();
        stale = false;
    }

    /** Saves, returns or releases the grade, with a feedback file chosen but not yet added: it is meant to go with it. */
    public void act(GradeAction action) {
        if (fileChosen() && !addChosenFile()) {
            return;
        }
        try {
            grading.save(submission, version, picks, feedback, action);
            reload();
            Feedback.info("grade.done." + action.name());
        } catch (QadamException problem) {
            stale = "error.grade.changedByOther".equals(problem.messageKey());
            Feedback.error(problem);
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

    /** Adds the chosen feedback file, keeping what was picked and written; false, with the reason shown, if refused. */
    private boolean addChosenFile() {
        try (InputStream in = file.getInputStream()) {
            version = grading.addFeedbackFile(submission, version, file.getFileName(), file.getSize(), in);
            Map<String, BigDecimal> kept = new HashMap<>(picks);
            String keptFeedback = feedback;
            reload();
            picks.putAll(kept);
            feedback = keptFeedback;
            Feedback.info("assignment.fileAdded", file.getFileName());
            return true;
        } catch (QadamException problem) {
            stale = "error.grade.changedByOther".equals(problem.messageKey());
            Feedback.error(problem);
        } catch (IOException unreadable) {
            Feedback.error("error.file.storeFailed");
        } finally {
            file = null;
        }
        return false;
    }

    /** The total of the levels picked so far, and whether every criterion has one. */
    public Rubric.Score getScore() {
        try {
            return Rubric.score(page.assignment(), picks);
        } catch (QadamException notALevel) {
            return new Rubric.Score(Map.of(), BigDecimal.ZERO, false);
        }
    }

    public Long getSubmission() {
        return submission;
    }

    public void setSubmission(Long submission) {
        this.submission = submission;
    }

    public Grading.GradingPage getPage() {
        return page;
    }

    public Map<String, BigDecimal> getPicks() {
        return picks;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public boolean isStale() {
        return stale;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
