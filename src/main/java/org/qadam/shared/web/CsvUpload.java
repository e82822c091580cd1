package org.qadam.shared.web;

import org.primefaces.model.file.UploadedFile;
import org.qadam.shared.InvalidInputException;
import org.qadam.shared.csv.CsvTable;

import java.io.IOException;
import java.io.InputStream;

/** A CSV file a person uploaded through a form: its bytes, or a refusal they can act on. */
public final class CsvUpload {

    private CsvUpload() {
    }

    /** Refused when no file was chosen, it is larger than {@link CsvTable#MAX_BYTES}, or it cannot be read. */
    public static byte[] read(UploadedFile file) {
        if (file == null || file.getSize() == 0) {
            throw new InvalidInputException("enrol.noFile");
        }
        if (file.getSize() > CsvTable.MAX_BYTES) {
            throw new InvalidInputException("error.csv.tooLarge", CsvTable.MAX_BYTES / 1024);
        }
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new InvalidInputException("error.csv.malformed");
        }
    }
}
