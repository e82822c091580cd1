package org.qadam.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded course zip into a fresh folder, refusing what could harm the server: more than
 * {@link #MAX_ENTRIES} entries, more than {@link #MAX_UNPACKED_BYTES} unpacked, any path that is absolute,
 * climbs out with {@code ..} or uses odd characters. Only plain files are written (a symlink stored in a
 * zip comes out as a small text file, never as a link). The zip must hold one folder, named like the
 * course id, with its {@code course.yaml}.
 */
public final class CourseArchive {

    public static final int MAX_ENTRIES = 2_000;
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

    /** The unpacked course folder, or the problems that stopped it (nothing is left on disk then). */
    public record Unpacked(Optional<Path> courseFolder, List<CourseProblem> problems) {
    }

    public Unpacked unpack(InputStream zip, Path into) throws IOException {
        List<CourseProblem> problems = new ArrayList<>();
        Set<String> topFolders = new HashSet<>();
        int entries = 0;
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (++entries > MAX_ENTRIES) {
                    problems.add(problem(name, "course.zip.tooManyEntries", MAX_ENTRIES));
                    break;
                }
                if (!SAFE_PATH.matcher(name).matches() || name.contains("..")) {
                    problems.add(problem(name, "course.zip.unsafePath", name));
                    continue;
                }
                topFolders.add(name.contains("/") ? name.substring(0, name.indexOf('/')) : name);
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) {
                    problems.add(problem(name, "course.zip.unsafePath", name));
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[8192];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED_BYTES) {
                            problems.add(problem(name, "course.zip.tooLarge", MAX_UNPACKED_BYTES / (1024 * 1024)));
                            break;
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (unpacked > MAX_UNPACKED_BYTES) {
                    break;
                }
            }
        } catch (ZipException | IllegalArgumentException notAZip) {
            problems.add(problem("", "course.zip.notAZip"));
        }
        if (problems.isEmpty() && entries == 0) {
            problems.add(problem("", "course.zip.notAZip"));
        }
        if (problems.isEmpty() && (topFolders.size() != 1
                || !Files.isRegularFile(into.resolve(topFolders.iterator().next()).resolve(CourseReader.MANIFEST)))) {
            problems.add(problem("", "course.zip.layout"));
        }
        if (!problems.isEmpty()) {
            deleteTree(into);
            return new Unpacked(Optional.empty(), List.copyOf(problems));
        }
        return new Unpacked(Optional.of(into.resolve(topFolders.iterator().next())), List.of());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static CourseProblem problem(String file, String key, Object... arguments) {
        return new CourseProblem(file, 0, key, List.of(arguments));
    }
}
