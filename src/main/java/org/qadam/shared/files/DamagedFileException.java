package org.qadam.shared.files;

import org.qadam.shared.QadamException;

/** A stored file that is missing, shorter or longer than recorded, or whose SHA-256 no longer matches. */
public class DamagedFileException extends QadamException {
    public DamagedFileException() {
        super("error.file.damaged");
    }
}
