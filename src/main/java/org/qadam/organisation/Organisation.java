package org.qadam.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.shared.Text;

import java.util.Locale;
import java.util.Objects;

/** An NGO or a government body in a region. People belong to organisations. */
@Entity
@Table(name = "organisation")
public class Organisation {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    /** The name folded for comparison, so "Nur" and "NUR" in one region are the same organisation. */
    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrganisationKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name, OrganisationKind kind, Region region) {
        rename(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.region = Objects.requireNonNull(region, "region");
    }

    public void rename(String newName) {
        String cleaned = Text.requiredName(newName, MAX_NAME, "error.organisation.nameRequired");
        this.name = cleaned;
        this.nameKey = keyOf(cleaned);
    }

    public static String keyOf(String name) {
        return Text.tidy(name).toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public Region region() {
        return region;
    }

    public long version() {
        return version;
    }
}
