package org.qadam.shared;

/** Input that breaks a rule: a malformed email, a short password, a missing name. */
public class InvalidInputException extends QadamException {
    public InvalidInputException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
