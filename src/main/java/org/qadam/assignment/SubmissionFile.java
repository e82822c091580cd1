package org.qadam.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.qadam.shared.files.StoredFile;

import java.time.Instant;

/**
 * A file handed in with an attempt, or a trainer's feedback file: its safe name, the type read from its
 * content, its size and SHA-256, and where the file store keeps its bytes.
 */
@Entity
@Table(name = "submission_file")
public class SubmissionFile {

    public enum Purpose { SUBMISSION, FEEDBACK }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    protected SubmissionFile() {
    }

    public SubmissionFile(long submissionId, Purpose purpose, String safeName, String mediaType, StoredFile stored,
                          Instant at, long by) {
        this.submissionId = submissionId;
        this.purpose = purpose;
        this.name = safeName;
        this.mediaType = mediaType;
        this.sizeBytes = stored.size();
        this.sha256 = stored.sha256();
        this.storageKey = stored.key();
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    public Long id() {
        return id;
    }

    public Long submissionId() {
        return submissionId;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String name() {
        return name;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public String storageKey() {
        return storageKey;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public StoredFile stored() {
        return new StoredFile(storageKey, sizeBytes, sha256);
    }
}
