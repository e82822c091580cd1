package org.qadam.organisation;

import org.qadam.shared.i18n.Language;
import org.qadam.shared.i18n.LocalizedText;

/** One line of the organisations list, with its region's name and how many people belong to it. */
public record OrganisationRow(long id, String name, OrganisationKind kind, long regionId, LocalizedText regionName,
                              long members, long version) implements java.io.Serializable {

    /** The shape a JPQL constructor expression can fill: the region's name as three strings. */
    public OrganisationRow(long id, String name, OrganisationKind kind, long regionId, String regionEn,
                           String regionRu, String regionUz, long members, long version) {
        this(id, name, kind, regionId, new LocalizedText(regionEn, regionRu, regionUz), members, version);
    }

    public String region(Language language) {
        return regionName.in(language);
    }
}
