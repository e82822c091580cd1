package org.qadam.shared.i18n;

import java.util.Objects;

/**
 * A value of a message that is itself a text of the {@code messages} bundle, put in the reader's language
 * when the message is: a status in "the status is {0}" reads "Withdrawn", "Отчислен" or "Chiqarilgan",
 * not WITHDRAWN.
 */
public record BundleText(String key) implements java.io.Serializable {

    public BundleText {
        Objects.requireNonNull(key, "key");
    }
}
