package org.qadam.curriculum;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qadam.curriculum.PublishedCourse.PublishedAssignment;
import org.qadam.curriculum.PublishedCourse.PublishedCriterion;
import org.qadam.curriculum.PublishedCourse.PublishedLesson;
import org.qadam.curriculum.PublishedCourse.PublishedLevel;
import org.qadam.curriculum.PublishedCourse.PublishedModule;
import org.qadam.identity.Role;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.security.RequiresRole;
import org.qadam.shared.i18n.Language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The courses Qadam knows: imports a course folder as a new version when its files changed, and serves
 * published versions to the pages. A version never changes once imported, so it is parsed once and kept
 * in memory; page loads touch neither the file system nor the Markdown.
 */
@ApplicationScoped
public class Curriculum {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Curriculum.class.getName());

    /** What importing a folder did. */
    public enum Outcome { IMPORTED, UNCHANGED, INVALID }

    public record ImportResult(String code, Outcome outcome, int version, List<CourseProblem> problems) {
    }

    /** A course in the catalogue: its code, latest version and title per language code. */
    public record CatalogueEntry(String code, int version, Map<String, String> title) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final Jsonb json = JsonbBuilder.create();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final Map<Long, PublishedCourse> published = new ConcurrentHashMap<>();
    private final Map<String, Long> versionIds = new ConcurrentHashMap<>();

    @Transactional
    public ImportResult importFolder(Path folder) {
        CourseReader.Reading reading = new CourseReader().read(folder);
        String code = folder.getFileName().toString();
        if (!reading.isValid()) {
            return new ImportResult(code, Outcome.INVALID, 0, reading.problems());
        }
        CourseDefinition definition = reading.course();
        String hash = hashOf(folder);
        Course course = em.createQuery("select c from Course c where c.code = :code", Course.class)
                .setParameter("code", definition.id()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Course created = new Course(definition.id());
                    em.persist(created);
                    return created;
                });
        List<Integer> same = em.createQuery("select v.number from CourseVersion v where v.course = :course"
                        + " and v.contentHash = :hash", Integer.class)
                .setParameter("course", course).setParameter("hash", hash).getResultList();
        if (!same.isEmpty()) {
            return new ImportResult(definition.id(), Outcome.UNCHANGED, same.get(0), List.of());
        }
        int number = course.nextVersion();
        PublishedCourse content = publish(definition, number);
        CourseVersion version = new CourseVersion(course, number, hash, content.title(), json.toJson(content), clock.instant());
        em.persist(version);
        java.util.Set<String> stored = new java.util.HashSet<>();
        for (Map.Entry<String, String> image : IMAGE_TYPES.entrySet()) {
            storeImages(folder, version, image.getKey(), image.getValue(), stored);
        }
        em.flush();
        return new ImportResult(definition.id(), Outcome.IMPORTED, number, List.of());
    }

    /**
     * A coordinator's or administrator's upload: the zip is unpacked into a fresh temporary folder, checked
     * and imported like a folder of {@code courses/}, and the temporary folder removed, whatever happened.
     */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public ImportResult upload(java.io.InputStream zip) {
        Path workDir = null;
        try {
            workDir = Files.createTempDirectory("qadam-upload");
            CourseArchive.Unpacked unpacked = new CourseArchive().unpack(zip, workDir);
            if (unpacked.courseFolder().isEmpty()) {
                return new ImportResult("", Outcome.INVALID, 0, unpacked.problems());
            }
            return importedOrRefused(unpacked.courseFolder().get());
        } catch (IOException e) {
            return new ImportResult("", Outcome.INVALID, 0, List.of(new CourseProblem("", 0, "course.zip.notAZip", List.of())));
        } finally {
            if (workDir != null) {
                try {
                    CourseArchive.deleteTree(workDir);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned with the JVM's temp files
                }
            }
        }
    }

    /** Imports every course folder of a folder (the configured courses folder): one result per course. */
    @RequiresRole({Role.COORDINATOR, Role.ADMIN})
    public List<ImportResult> reimport(Path root) {
        return importAll(root);
    }

    /** For start-up: the same as {@link #reimport}, with nobody signed in. Each course in its own transaction. */
    List<ImportResult> importAll(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> folders;
        try (Stream<Path> children = Files.list(root)) {
            folders = children.filter(p -> Files.isRegularFile(p.resolve(CourseReader.MANIFEST))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folders.stream().map(Curriculum::importedOrRefused).toList();
    }

    /**
     * A folder imported in a transaction of its own; a failure of the database (which the checks of the files
     * did not foresee) refuses this course only, and says so, rather than stopping every course after it.
     */
    private static ImportResult importedOrRefused(Path folder) {
        try {
            return self().importFolder(folder);
        } catch (RuntimeException failed) {
            LOG.log(java.util.logging.Level.WARNING, "Course folder " + folder + " could not be stored", failed);
            return new ImportResult(folder.getFileName().toString(), Outcome.INVALID, 0,
                    List.of(new CourseProblem("", 0, "course.storeFailed", List.of())));
        }
    }

    private static Curriculum self() {
        // through the container, so that each import runs in its own transaction
        return jakarta.enterprise.inject.spi.CDI.current().select(Curriculum.class).get();
    }

    /** A picture of a course version, by its name in the course's images/ folder. */
    public java.util.Optional<Image> image(String code, int number, String name) {
        return em.createQuery("select i.contentType, i.content from CourseImage i join i.courseVersion v join v.course c"
                        + " where c.code = :code and v.number = :number and i.name = :name", Object[].class)
                .setParameter("code", code).setParameter("number", number).setParameter("name", name)
                .getResultStream().findFirst().map(r -> new Image((String) r[0], (byte[]) r[1]));
    }

    public record Image(String contentType, byte[] content) {
    }

    private static final Map<String, String> IMAGE_TYPES = Map.of(".png", "image/png", ".jpg", "image/jpeg",
            ".jpeg", "image/jpeg", ".gif", "image/gif", ".webp", "image/webp");
    private static final long MAX_IMAGE_BYTES = 2L * 1024 * 1024;

    /**
     * The pictures of the course's images/ folder under their names in lower case; a name too long for the table,
     * or a second picture whose name differs only in letter case, is left out (a course refers to its pictures by
     * names that {@link CourseReader} checks: lower case, at most 121 characters).
     */
    private void storeImages(Path folder, CourseVersion version, String extension, String contentType, java.util.Set<String> stored) {
        Path images = folder.resolve("images");
        if (!Files.isDirectory(images, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(images)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(extension) && name.matches("[a-z0-9._-]{1,128}") && Files.size(file) <= MAX_IMAGE_BYTES
                        && stored.add(name)) {
                    em.persist(new CourseImage(version, name, contentType, Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every course with its latest version, in one query. */
    public List<CatalogueEntry> catalogue() {
        return em.createQuery("select c.code, v.number, v.titleEn, v.titleRu, v.titleUz from CourseVersion v"
                        + " join v.course c where v.number = c.latestVersion order by c.code", Object[].class)
                .getResultList().stream()
                .map(r -> new CatalogueEntry((String) r[0], (Integer) r[1],
                        Map.of("en", (String) r[2], "ru", (String) r[3], "uz", (String) r[4])))
                .toList();
    }

    /** The latest version of a course; a {@link NotFoundException} for an unknown code. */
    public PublishedCourse latest(String code) {
        List<Object[]> found = em.createQuery("select v.id, v.number from CourseVersion v join v.course c"
                        + " where c.code = :code and v.number = c.latestVersion", Object[].class)
                .setParameter("code", code == null ? "" : code).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        return version((Long) found.get(0)[0]);
    }

    /** A given version of a course, as a cohort that keeps its version reads it. */
    public PublishedCourse version(String code, int number) {
        Long known = versionIds.get(code + "#" + number);
        if (known != null) {
            return version(known);
        }
        List<Long> found = em.createQuery("select v.id from CourseVersion v join v.course c"
                        + " where c.code = :code and v.number = :number", Long.class)
                .setParameter("code", code == null ? "" : code).setParameter("number", number).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        // a version's id never changes once imported, so it is remembered with its content
        versionIds.put(code + "#" + number, found.get(0));
        return version(found.get(0));
    }

    /** A version by its database id: parsed once, then served from memory (a version never changes). */
    public PublishedCourse version(long versionId) {
        return published.computeIfAbsent(versionId, id -> {
            String content = em.createQuery("select v.content from CourseVersion v where v.id = :id", String.class)
                    .setParameter("id", id).getResultStream().findFirst()
                    .orElseThrow(() -> new NotFoundException("error.notFound"));
            return json.fromJson(content, PublishedCourse.class);
        });
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception ignored) {
            // nothing to release that matters at shutdown
        }
    }

    private PublishedCourse publish(CourseDefinition d, int number) {
        String images = "course-image/" + d.id() + "/" + number + "/";
        List<PublishedModule> modules = d.modules().stream().map(m -> new PublishedModule(m.id(), codes(m.title()),
                codes(m.summary()),
                m.lessons().stream().map(l -> new PublishedLesson(l.id(), codes(l.title()), l.crc(), html(l.markdown(), images))).toList(),
                m.assignments().stream().map(a -> new PublishedAssignment(a.id(), codes(a.title()), html(a.brief(), images),
                        codes(a.template()), a.submission().name(), a.dueDays(), a.cutOffDays(), a.fileTypes(),
                        a.maxFileSizeMb(), a.maxFiles(), a.attempts(), a.points(), a.passMark(), a.crc(),
                        a.rubric().stream().map(c -> new PublishedCriterion(c.id(), codes(c.title()), c.crc(),
                                c.levels().stream().map(l -> new PublishedLevel(l.points(), codes(l.description()))).toList()))
                                .toList())).toList()))
                .toList();
        return new PublishedCourse(d.id(), number, codes(d.title()), codes(d.description()), codes(d.audience()), modules,
                d.completion().attendancePercent(),
                d.certificate() == null ? null : d.certificate().issue().name(),
                d.certificate() == null ? Map.of() : codes(d.certificate().wording()),
                d.completion().attendanceSessions(),
                d.certificate() == null ? List.of() : d.certificate().signatories().stream()
                        .map(x -> new PublishedCourse.PublishedSignatory(codes(x.name()), codes(x.title()), x.signature(), x.logo()))
                        .toList());
    }

    private static Map<String, String> codes(Translations texts) {
        Map<String, String> byCode = new LinkedHashMap<>();
        texts.texts().forEach((language, text) -> byCode.put(language.code(), text));
        return byCode;
    }

    private Map<String, String> html(Translations markdownTexts, String imageBase) {
        Map<String, String> byCode = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            if (markdownTexts.has(language)) {
                byCode.put(language.code(), markdown.toHtml(markdownTexts.in(language).orElseThrow().text())
                        .replace("src=\"images/", "src=\"" + imageBase));
            }
        }
        return byCode;
    }

    /** SHA-256 over every regular file of the folder, by relative path, so any change makes a new version. */
    static String hashOf(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                sha.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
