package org.qadam.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.Text;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One learner's attendance at one session, with an optional note; recorded again replaces it. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    public static final int MAX_NOTE = 500;

    /** The primary key: one row per session and enrolment. */
    public static class Key implements Serializable {
        private Long sessionId;
        private Long enrolmentId;

        public Key() {
        }

        public Key(Long sessionId, Long enrolmentId) {
            this.sessionId = sessionId;
            this.enrolmentId = enrolmentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(sessionId, k.sessionId) && Objects.equals(enrolmentId, k.enrolmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sessionId, enrolmentId);
        }
    }

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Id
    @Column(name = "enrolment_id")
    private Long enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttendanceStatus status;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    protected Attendance() {
    }

    public Attendance(long sessionId, long enrolmentId) {
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
    }

    public void record(AttendanceStatus newStatus, String newNote, Instant at, long by) {
        if (newStatus == null) {
            throw new InvalidInputException("error.attendance.statusRequired");
        }
        String cleaned = Text.tidy(newNote);
        if (cleaned.length() > MAX_NOTE) {
            throw new InvalidInputException("error.text.tooLong", MAX_NOTE);
        }
        this.status = newStatus;
        this.note = cleaned.isEmpty() ? null : cleaned;
        this.recordedAt = Objects.requireNonNull(at, "at");
        this.recordedBy = by;
    }

    public long sessionId() {
        return sessionId;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public AttendanceStatus status() {
        return status;
    }

    public String note() {
        return note;
    }
}
