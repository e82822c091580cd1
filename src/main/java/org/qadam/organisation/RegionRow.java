package org.qadam.organisation;

import org.qadam.shared.i18n.LocalizedText;

/** A region with how many organisations it has. */
public record RegionRow(long id, String code, LocalizedText name, long organisations, long version) implements java.io.Serializable {
}
