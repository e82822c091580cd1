package org.qadam.enrolment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.cohort.Cohort;
import org.qadam.organisation.Organisation;
import org.qadam.shared.Text;

import java.util.Locale;
import java.util.Objects;

/**
 * An NGO team in a cohort: by default the learners of one organisation, named after it. Team
 * assignments are submitted once per team. A coordinator can move a learner to another team.
 */
@Entity
@Table(name = "team")
public class Team {

    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "name_key", nullable = false, length = MAX_NAME)
    private String nameKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Version
    private long version;

    protected Team() {
    }

    public Team(Cohort cohort, String name, Organisation organisation) {
        this.cohort = Objects.requireNonNull(cohort, "cohort");
        this.name = Text.requiredName(name, MAX_NAME, "error.team.nameRequired");
        this.nameKey = keyOf(this.name);
        this.organisation = organisation;
    }

    /** The form of a team name that two spellings of one team share. */
    public static String keyOf(String name) {
        return Text.tidy(name).toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public String name() {
        return name;
    }

    public Organisation organisation() {
        return organisation;
    }
}
