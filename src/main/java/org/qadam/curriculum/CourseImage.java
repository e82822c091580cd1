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

import java.util.Objects;

/** A picture from a course's {@code images/} folder, stored with the version that imported it. */
@Entity
@Table(name = "course_image")
public class CourseImage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private CourseVersion courseVersion;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(name = "content_type", nullable = false, length = 64)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected CourseImage() {
    }

    CourseImage(CourseVersion courseVersion, String name, String contentType, byte[] content) {
        this.courseVersion = Objects.requireNonNull(courseVersion, "courseVersion");
        this.name = Objects.requireNonNull(name, "name");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
    }
}
