package org.qadam.shared;

/** The request clashes with what is stored: a duplicate, a stale version, an object still in use. */
public class ConflictException extends QadamException {
    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
