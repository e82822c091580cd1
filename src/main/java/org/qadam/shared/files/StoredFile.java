package org.qadam.shared.files;

import java.io.Serializable;

/** Where the file store keeps a file, and what its bytes must be: the size and the SHA-256 in hex. */
public record StoredFile(String key, long size, String sha256) implements Serializable {
}
