package org.qadam.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** One of the country's regions (12 regions, Karakalpakstan and Tashkent city). Reference data. */
@Entity
@Table(name = "region")
@Cacheable
public class Region {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,15}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16, unique = true)
    private String code;

    @Embedded
    private LocalizedText name;

    @Version
    private long version;

    protected Region() {
    }

    public Region(String code, LocalizedText name) {
        this.code = validCode(code);
        this.name = Objects.requireNonNull(name, "name");
    }

    static String validCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalised).matches()) {
            throw new InvalidInputException("error.region.code");
        }
        return normalised;
    }

    public void rename(LocalizedText newName) {
        this.name = Objects.requireNonNull(newName, "newName");
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public String nameIn(Language language) {
        return name.in(language);
    }

    public long version() {
        return version;
    }
}
