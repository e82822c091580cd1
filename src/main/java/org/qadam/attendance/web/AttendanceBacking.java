package org.qadam.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.qadam.attendance.AttendanceStatus;
import org.qadam.attendance.TrainingSession;
import org.qadam.attendance.TrainingSessions;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.QadamException;
import org.qadam.shared.web.CsvUpload;
import org.qadam.shared.web.Feedback;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Backs attendance.xhtml ({@code ?session=}): the attendance sheet of one session, marked on the screen
 * or uploaded as a CSV of the paper sheet (previewed, then confirmed).
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    @Inject
    TrainingSessions sessions;

    private Long session;
    private long cohortId;
    private String title;
    private String place;
    private LocalDateTime startsAt;
    private List<TrainingSessions.SheetLine> lines;
    private transient UploadedFile file;
    private byte[] content;
    private List<TrainingSessions.CsvLine> preview;

    public void open() {
        if (session == null) {
            throw new NotFoundException("error.notFound");
        }
        if (lines == null) {
            TrainingSession s = sessions.session(session);
            cohortId = s.cohort().id();
            title = s.title();
            place = s.place();
            startsAt = s.startsAt();
            lines = sessions.sheet(session);
        }
    }

    public void save() {
        try {
            int n = sessions.record(session, lines);
            Feedback.info("attendance.saved", n);
            lines = sessions.sheet(session);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public void markAll(AttendanceStatus status) {
        lines.stream().filter(l -> l.getStatus() == null).forEach(l -> l.setStatus(status));
    }

    public void upload() {
        try {
            byte[] read = CsvUpload.read(file);
            preview = sessions.previewCsv(session, read);
            content = read;
        } catch (QadamException problem) {
            preview = null;
            content = null;
            Feedback.error(problem);
        }
    }

    public void confirm() {
        try {
            int n = sessions.confirmCsv(session, content);
            Feedback.info("attendance.saved", n);
            preview = null;
            content = null;
            lines = sessions.sheet(session);
        } catch (QadamException problem) {
            Feedback.error(problem);
        }
    }

    public void discard() {
        preview = null;
        content = null;
    }

    public String describe(TrainingSessions.CsvLine line) {
        String text = Feedback.text(line.problemKey(), line.problemArguments().toArray());
        return line.problemColumn() == null ? text : Feedback.text("enrol.column", line.problemColumn()) + ": " + text;
    }

    public long getValidRows() {
        return preview == null ? 0 : preview.stream().filter(TrainingSessions.CsvLine::isValid).count();
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public long getCohortId() {
        return cohortId;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public List<TrainingSessions.SheetLine> getLines() {
        return lines;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<TrainingSessions.CsvLine> getPreview() {
        return preview;
    }
}
