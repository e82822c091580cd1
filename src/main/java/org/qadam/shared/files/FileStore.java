package org.qadam.shared.files;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qadam.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Uploaded files on disk, written together with their database rows or not at all.
 *
 * <p>A file is first written to {@code incoming/} (synced to disk, its SHA-256 computed on the way), inside
 * the transaction that inserts its row. When that transaction commits, the file is moved into
 * {@code store/} by an atomic rename; when it rolls back, the file is deleted. A crash in between leaves a
 * file in {@code incoming/} only, and {@link #recover} sorts those out at the next start: a file whose row
 * was committed is moved into place, any other is deleted. So there is never a row without its file, nor a
 * file without its row. Reading checks the size and SHA-256, so a damaged file is reported, not served.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    @Inject
    @ConfigProperty(name = "qadam.files.path", defaultValue = "data/files")
    String path;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Writes the stream to the store as part of the current transaction. Refused when it is longer than
     * {@code maxBytes} or cannot be written (the learner is asked to try again); nothing is left behind.
     */
    public StoredFile store(InputStream in, long maxBytes) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("files are stored inside a transaction");
        }
        String key = UUID.randomUUID().toString().replace("-", "");
        Path part = incoming().resolve(key);
        long size = 0;
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
        try {
            Files.createDirectories(part.getParent());
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLarge();
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            syncFolder(part.getParent());
        } catch (TooLarge tooLarge) {
            deleteQuietly(part);
            throw new InvalidInputException("error.file.tooLarge", Math.max(1, maxBytes / (1024 * 1024)));
        } catch (IOException | RuntimeException failed) {
            deleteQuietly(part);
            LOG.log(Level.WARNING, "could not write an uploaded file", failed);
            throw new InvalidInputException("error.file.storeFailed");
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the file is already on disk; the row follows in the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    promote(key);
                } else if (status == Status.STATUS_ROLLEDBACK) {
                    deleteQuietly(part);
                }
                // any other outcome is unknown: the file stays in incoming/ and the next start decides by the row
            }
        });
        return new StoredFile(key, size, HexFormat.of().formatHex(sha.digest()));
    }

    /** Deletes a stored file once the current transaction (which deletes its row) has committed. */
    public void deleteAfterCommit(String key) {
        Path stored = stored(key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the row goes first
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deleteQuietly(stored);
                    deleteQuietly(incoming().resolve(key));
                }
            }
        });
    }

    /**
     * The path of a stored file after checking, as a stream, that its size and SHA-256 are what was recorded.
     * A file moved into place at this very moment is looked for a second time before it counts as missing.
     */
    public Path verified(StoredFile file) {
        for (int attempt = 0; ; attempt++) {
            Path where = located(file.key());
            try (InputStream in = Files.newInputStream(where)) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                long size = 0;
                int n;
                while ((n = in.read(buffer)) != -1) {
                    sha.update(buffer, 0, n);
                    size += n;
                }
                if (size != file.size() || !HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(file.sha256())) {
                    throw new DamagedFileException();
                }
                return where;
            } catch (NoSuchFileException missing) {
                if (attempt > 0) {
                    throw new DamagedFileException();
                }
            } catch (IOException | NoSuchAlgorithmException unreadable) {
                LOG.log(Level.WARNING, "could not read stored file " + file.key(), unreadable);
                throw new DamagedFileException();
            }
        }
    }

    /** A stored file's path for reading (a committed file whose move is still pending lies in incoming). */
    public Path located(String key) {
        Path stored = stored(key);
        if (Files.exists(stored)) {
            return stored;
        }
        Path pending = incoming().resolve(key);
        return Files.exists(pending) ? pending : stored;
    }

    /**
     * Sorts out what a crash left in {@code incoming/}: files whose rows exist ({@code committed} says which)
     * are moved into place, the others deleted. Returns how many files were deleted.
     */
    public int recover(Function<List<String>, Set<String>> committed) {
        Path incoming = incoming();
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(incoming)) {
            files.filter(Files::isRegularFile).forEach(f -> keys.add(f.getFileName().toString()));
        } catch (IOException unreadable) {
            LOG.log(Level.WARNING, "could not list " + incoming, unreadable);
            return 0;
        }
        int deleted = 0;
        for (int i = 0; i < keys.size(); i += 500) {
            List<String> batch = keys.subList(i, Math.min(keys.size(), i + 500));
            Set<String> kept = committed.apply(batch);
            for (String key : batch) {
                if (kept.contains(key)) {
                    promote(key);
                } else {
                    deleteQuietly(incoming.resolve(key));
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The store's root folder. */
    public Path root() {
        return Path.of(path).toAbsolutePath().normalize();
    }

    Path incoming() {
        return root().resolve("incoming");
    }

    Path stored(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return root().resolve("store").resolve(key.substring(0, 2)).resolve(key);
    }

    private void promote(String key) {
        Path from = incoming().resolve(key);
        Path to = stored(key);
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException otherDisk) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(to.getParent());
        } catch (IOException failed) {
            // the file stays in incoming/, where reading finds it and the next start moves it
            LOG.log(Level.WARNING, "could not move stored file " + key + " into place", failed);
        }
    }

    /** Makes a folder's new entries durable, so that a power cut cannot lose a file's name after the commit. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // some file systems cannot sync a folder; the file's own data is synced already
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            LOG.log(Level.WARNING, "could not delete " + file, failed);
        }
    }

    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
