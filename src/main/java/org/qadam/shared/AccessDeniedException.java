package org.qadam.shared;

/** The caller's role does not allow this. */
public class AccessDeniedException extends QadamException {
    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
