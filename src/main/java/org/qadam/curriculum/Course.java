package org.qadam.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Objects;

/** A course of the curriculum, known by its code (its folder name), with the number of its latest version. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Version
    private long version;

    protected Course() {
    }

    public Course(String code) {
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The number the next imported version gets; it becomes the latest. */
    int nextVersion() {
        latestVersion++;
        return latestVersion;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int latestVersion() {
        return latestVersion;
    }
}
