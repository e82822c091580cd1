package org.qadam.shared;

import java.util.Arrays;

/**
 * A business rule said no. It carries a message key of the {@code messages} bundle and its arguments,
 * never a finished sentence, so that the web layer can say it in the user's language.
 */
public abstract class QadamException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected QadamException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
