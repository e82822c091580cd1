package org.qadam.shared;

/** No such object, or none the caller may see (the two are not told apart). */
public class NotFoundException extends QadamException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
