package org.qadam.curriculum;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported version of a course: the JSON of its {@link PublishedCourse}, and the hash of the files
 * it came from, so importing the same files again changes nothing. Written once, never updated.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(nullable = false)
    private int number;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;
    @Column(name = "title_ru", nullable = false, length = 300)
    private String titleRu;
    @Column(name = "title_uz", nullable = false, length = 300)
    private String titleUz;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String content;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CourseVersion() {
    }

    CourseVersion(Course course, int number, String contentHash, java.util.Map<String, String> title, String content,
                  Instant importedAt) {
        this.course = Objects.requireNonNull(course, "course");
        this.number = number;
        this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
        this.titleEn = clip(title.get("en"));
        this.titleRu = clip(title.get("ru"));
        this.titleUz = clip(title.get("uz"));
        this.content = Objects.requireNonNull(content, "content");
        this.importedAt = Objects.requireNonNull(importedAt, "importedAt");
    }

    private static String clip(String text) {
        String value = text == null ? "" : text;
        return value.length() > 300 ? value.substring(0, 300) : value;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public String contentHash() {
        return contentHash;
    }

    public String content() {
        return content;
    }
}
