package org.qadam.curriculum;

import org.qadam.curriculum.CourseDefinition.Assignment;
import org.qadam.curriculum.CourseDefinition.Certificate;
import org.qadam.curriculum.CourseDefinition.Completion;
import org.qadam.curriculum.CourseDefinition.Criterion;
import org.qadam.curriculum.CourseDefinition.Issuing;
import org.qadam.curriculum.CourseDefinition.Lesson;
import org.qadam.curriculum.CourseDefinition.Level;
import org.qadam.curriculum.CourseDefinition.Module;
import org.qadam.curriculum.CourseDefinition.Signatory;
import org.qadam.curriculum.CourseDefinition.Submission;
import org.qadam.shared.i18n.Language;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one course folder (docs/course-format.md) and checks it. Nothing is written anywhere: the result
 * is either a {@link CourseDefinition} or the complete list of problems, each with file and line, so an
 * author can fix them all in one go. A missing translation of a lesson, brief or template file is not a
 * problem (another language stands in) but a gap, listed apart.
 */
public final class CourseReader {

    /** The largest file an assignment may allow, in MB: the upload limit of web.xml. */
    public static final int MAX_FILE_SIZE_MB = 20;


    static final String MANIFEST = "course.yaml";
    static final String MODULE = "module.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,120}");
    private static final int MAX_SIGNATORIES = 3;
    private static final int CRC_ARTICLES = 54;

    /** What reading a course gave: the course when it is valid, and what is wrong or missing. */
    public record Reading(CourseDefinition course, List<CourseProblem> problems, List<CourseProblem> gaps) {
        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public Reading read(Path folder) {
        return new Session(folder).read();
    }

    private static final class Session {
        private final Path folder;
        private final List<CourseProblem> problems = new ArrayList<>();
        private final List<CourseProblem> gaps = new ArrayList<>();
        private final Set<String> moduleIds = new HashSet<>();
        private final Set<String> lessonIds = new HashSet<>();
        private final Set<String> assignmentIds = new HashSet<>();

        Session(Path folder) {
            this.folder = folder;
        }

        Reading read() {
            Node root = load(MANIFEST, MANIFEST);
            if (root == null) {
                return new Reading(null, problems, gaps);
            }
            Map<String, NodeTuple> f = fields(MANIFEST, root, "course",
                    Set.of("id", "version", "title", "description", "audience", "modules", "completion", "certificate"),
                    Set.of("id", "version", "title", "description", "modules"));
            String id = id(MANIFEST, f.get("id"));
            if (id != null && !id.equals(folder.getFileName().toString())) {
                problem(MANIFEST, f.get("id").getValueNode(), "course.idNotFolder", id, folder.getFileName().toString());
            }
            Integer version = integer(MANIFEST, f.get("version"), 1);
            Translations title = texts(MANIFEST, f.get("title"));
            Translations description = texts(MANIFEST, f.get("description"));
            Translations audience = f.containsKey("audience") ? texts(MANIFEST, f.get("audience")) : new Translations(Map.of());
            List<Module> modules = new ArrayList<>();
            if (f.containsKey("modules")) {
                for (Node item : list(MANIFEST, f.get("modules"))) {
                    String moduleFolder = fileName(MANIFEST, item);
                    if (moduleFolder != null) {
                        module(moduleFolder, item).ifPresent(modules::add);
                    }
                }
                if (modules.isEmpty() && problems.isEmpty()) {
                    problem(MANIFEST, f.get("modules").getValueNode(), "course.noModules");
                }
            }
            Completion completion = f.containsKey("completion") ? completion(f.get("completion")) : new Completion(null, null);
            Certificate certificate = f.containsKey("certificate") ? certificate(f.get("certificate")) : null;
            CourseDefinition course = problems.isEmpty()
                    ? new CourseDefinition(id, version, title, description, audience, List.copyOf(modules), completion, certificate)
                    : null;
            return new Reading(course, List.copyOf(problems), List.copyOf(gaps));
        }

        private Optional<Module> module(String moduleFolder, Node reference) {
            String rel = moduleFolder + "/" + MODULE;
            if (!Files.isDirectory(folder.resolve(moduleFolder), LinkOption.NOFOLLOW_LINKS)
                    || !Files.isRegularFile(folder.resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                problem(MANIFEST, reference, "course.missingFile", rel);
                return Optional.empty();
            }
            Node root = load(rel, rel);
            if (root == null) {
                return Optional.empty();
            }
            Map<String, NodeTuple> f = fields(rel, root, "module",
                    Set.of("id", "title", "summary", "lessons", "assignments"), Set.of("id", "title", "lessons"));
            String id = uniqueId(rel, f.get("id"), moduleIds);
            Translations title = texts(rel, f.get("title"));
            Translations summary = f.containsKey("summary") ? texts(rel, f.get("summary")) : new Translations(Map.of());
            List<Lesson> lessons = new ArrayList<>();
            if (f.containsKey("lessons")) {
                for (Node item : list(rel, f.get("lessons"))) {
                    lesson(moduleFolder, rel, item).ifPresent(lessons::add);
                }
            }
            List<Assignment> assignments = new ArrayList<>();
            if (f.containsKey("assignments")) {
                for (Node item : list(rel, f.get("assignments"))) {
                    assignment(moduleFolder, rel, item).ifPresent(assignments::add);
                }
            }
            return Optional.of(new Module(id, moduleFolder, title, summary, List.copyOf(lessons), List.copyOf(assignments)));
        }

        private Optional<Lesson> lesson(String moduleFolder, String rel, Node node) {
            Map<String, NodeTuple> f = fields(rel, node, "lesson", Set.of("id", "file", "title", "crc"),
                    Set.of("id", "file", "title"));
            String id = uniqueId(rel, f.get("id"), lessonIds);
            Translations title = texts(rel, f.get("title"));
            List<Integer> crc = crc(rel, f.get("crc"));
            Translations markdown = markdown(moduleFolder, rel, f.get("file"));
            return Optional.of(new Lesson(id, text(rel, f.get("file")), title, crc, markdown));
        }

        private Optional<Assignment> assignment(String moduleFolder, String rel, Node node) {
            Map<String, NodeTuple> f = fields(rel, node, "assignment",
                    Set.of("id", "title", "brief", "template", "submission", "dueDays", "cutOffDays", "fileTypes",
                            "maxFileSizeMb", "maxFiles", "attempts", "points", "passMark", "crc", "rubric"),
                    Set.of("id", "title", "brief", "submission", "dueDays", "points", "passMark", "rubric"));
            String id = uniqueId(rel, f.get("id"), assignmentIds);
            Translations title = texts(rel, f.get("title"));
            Translations brief = markdown(moduleFolder, rel, f.get("brief"));
            Translations template = f.containsKey("template") ? markdown(moduleFolder, rel, f.get("template")) : new Translations(Map.of());
            Submission submission = choice(rel, f.get("submission"), Submission.class);
            Integer due = integer(rel, f.get("dueDays"), 0);
            Integer cutOff = f.containsKey("cutOffDays") ? integer(rel, f.get("cutOffDays"), 0) : due;
            if (due != null && cutOff != null && cutOff < due) {
                problem(rel, f.get("cutOffDays").getValueNode(), "course.cutOffBeforeDue", cutOff, due);
            }
            List<String> fileTypes = f.containsKey("fileTypes") ? strings(rel, f.get("fileTypes")) : List.of("pdf");
            for (String type : fileTypes) {
                if (!org.qadam.shared.files.FileTypes.KNOWN.containsKey(type)) {
                    problem(rel, f.get("fileTypes").getValueNode(), "course.unknownFileType", type,
                            String.join(", ", new java.util.TreeSet<>(org.qadam.shared.files.FileTypes.KNOWN.keySet())));
                }
            }
            Integer maxSize = f.containsKey("maxFileSizeMb") ? integer(rel, f.get("maxFileSizeMb"), 1) : Integer.valueOf(10);
            if (maxSize != null && maxSize > MAX_FILE_SIZE_MB) {
                // uploads larger than this are refused by the server before Qadam sees them (web.xml)
                problem(rel, f.get("maxFileSizeMb").getValueNode(), "course.fileTooLarge", MAX_FILE_SIZE_MB);
            }
            Integer maxFiles = f.containsKey("maxFiles") ? integer(rel, f.get("maxFiles"), 0) : Integer.valueOf(1);
            Integer attempts = f.containsKey("attempts") ? integer(rel, f.get("attempts"), 1) : Integer.valueOf(1);
            BigDecimal points = decimal(rel, f.get("points"));
            BigDecimal passMark = decimal(rel, f.get("passMark"));
            if (points != null && passMark != null && passMark.compareTo(points) > 0) {
                problem(rel, f.get("passMark").getValueNode(), "course.passMarkAbovePoints", passMark, points);
            }
            List<Integer> crc = crc(rel, f.get("crc"));
            List<Criterion> rubric = new ArrayList<>();
            if (f.containsKey("rubric")) {
                Set<String> criterionIds = new HashSet<>();
                for (Node item : list(rel, f.get("rubric"))) {
                    criterion(rel, item, criterionIds).ifPresent(rubric::add);
                }
                BigDecimal total = rubric.stream()
                        .map(c -> c.levels().isEmpty() ? BigDecimal.ZERO : c.levels().get(c.levels().size() - 1).points())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (points != null && total.compareTo(points) != 0) {
                    problem(rel, f.get("rubric").getKeyNode(), "course.rubricTotal", total, points);
                }
            }
            if (id == null || submission == null || due == null || cutOff == null || maxSize == null
                    || maxFiles == null || attempts == null || points == null || passMark == null) {
                return Optional.empty();
            }
            return Optional.of(new Assignment(id, title, brief, template, submission, due, cutOff, fileTypes,
                    maxSize, maxFiles, attempts, points, passMark, crc, List.copyOf(rubric)));
        }

        private Optional<Criterion> criterion(String rel, Node node, Set<String> criterionIds) {
            Map<String, NodeTuple> f = fields(rel, node, "criterion", Set.of("id", "title", "crc", "levels"),
                    Set.of("id", "title", "levels"));
            String id = uniqueId(rel, f.get("id"), criterionIds);
            Translations title = texts(rel, f.get("title"));
            List<Integer> crc = crc(rel, f.get("crc"));
            List<Level> levels = new ArrayList<>();
            if (f.containsKey("levels")) {
                BigDecimal previous = null;
                for (Node item : list(rel, f.get("levels"))) {
                    Map<String, NodeTuple> lf = fields(rel, item, "level", Set.of("points", "description"),
                            Set.of("points", "description"));
                    BigDecimal points = decimal(rel, lf.get("points"));
                    Translations description = texts(rel, lf.get("description"));
                    if (points != null) {
                        if (previous != null && points.compareTo(previous) <= 0) {
                            problem(rel, lf.get("points").getValueNode(), "course.levelsNotRising", points, previous);
                        }
                        previous = points;
                        levels.add(new Level(points, description));
                    }
                }
            }
            return Optional.of(new Criterion(id, title, crc, List.copyOf(levels)));
        }

        private Completion completion(NodeTuple tuple) {
            Map<String, NodeTuple> f = fields(MANIFEST, tuple.getValueNode(), "completion", Set.of("modules", "attendance"), Set.of());
            if (f.containsKey("modules") && !"all".equals(text(MANIFEST, f.get("modules")))) {
                problem(MANIFEST, f.get("modules").getValueNode(), "course.invalidValue", "modules", "all");
            }
            Integer percent = null;
            Integer sessions = null;
            if (f.containsKey("attendance")) {
                Map<String, NodeTuple> a = fields(MANIFEST, f.get("attendance").getValueNode(), "attendance",
                        Set.of("minimumPercent", "minimumSessions"), Set.of());
                if (a.containsKey("minimumPercent")) {
                    percent = integer(MANIFEST, a.get("minimumPercent"), 0);
                    if (percent != null && percent > 100) {
                        problem(MANIFEST, a.get("minimumPercent").getValueNode(), "course.notANumber", "minimumPercent");
                    }
                }
                if (a.containsKey("minimumSessions")) {
                    sessions = integer(MANIFEST, a.get("minimumSessions"), 1);
                }
                if (a.containsKey("minimumPercent") == a.containsKey("minimumSessions")) {
                    problem(MANIFEST, f.get("attendance").getValueNode(), "course.attendanceOneOf", "minimumPercent", "minimumSessions");
                }
            }
            return new Completion(percent, sessions);
        }

        private Certificate certificate(NodeTuple tuple) {
            Map<String, NodeTuple> f = fields(MANIFEST, tuple.getValueNode(), "certificate",
                    Set.of("issue", "wording", "signatories"), Set.of("issue", "wording"));
            Issuing issue = choice(MANIFEST, f.get("issue"), Issuing.class);
            Translations wording = texts(MANIFEST, f.get("wording"));
            List<Signatory> signatories = new ArrayList<>();
            if (f.containsKey("signatories")) {
                List<Node> items = list(MANIFEST, f.get("signatories"));
                if (items.size() > MAX_SIGNATORIES) {
                    problem(MANIFEST, f.get("signatories").getKeyNode(), "course.tooManySignatories", MAX_SIGNATORIES);
                }
                for (Node item : items) {
                    Map<String, NodeTuple> s = fields(MANIFEST, item, "signatory",
                            Set.of("name", "title", "signature", "logo"), Set.of("name", "title"));
                    signatories.add(new Signatory(texts(MANIFEST, s.get("name")), texts(MANIFEST, s.get("title")),
                            image(s.get("signature")), image(s.get("logo"))));
                }
            }
            return new Certificate(issue, wording, List.copyOf(signatories));
        }

        private String image(NodeTuple tuple) {
            if (tuple == null) {
                return null;
            }
            String path = text(MANIFEST, tuple);
            if (path != null && (!path.startsWith("images/") || path.contains("..") || !FILE_NAME.matcher(path.substring(7)).matches()
                    || !Files.isRegularFile(folder.resolve(path), LinkOption.NOFOLLOW_LINKS))) {
                problem(MANIFEST, tuple.getValueNode(), "course.missingFile", path);
            }
            return path;
        }

        /** A Markdown file per language: {@code <base>.<lang>.md} in the module's folder. */
        private Translations markdown(String moduleFolder, String rel, NodeTuple tuple) {
            String base = fileName(rel, tuple == null ? null : tuple.getValueNode());
            if (base == null) {
                return new Translations(Map.of());
            }
            Map<Language, String> texts = new EnumMap<>(Language.class);
            List<CourseProblem> missing = new ArrayList<>();
            for (Language language : Language.values()) {
                String name = base + "." + language.code() + ".md";
                Path file = folder.resolve(moduleFolder).resolve(name);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    readUtf8(moduleFolder + "/" + name, file).ifPresent(text -> texts.put(language, text));
                } else {
                    missing.add(new CourseProblem(rel, line(tuple.getValueNode()), "course.missingTranslationFile",
                            List.of(moduleFolder + "/" + name)));
                }
            }
            if (texts.isEmpty() && missing.size() == Language.values().length) {
                problem(rel, tuple.getValueNode(), "course.missingFile", moduleFolder + "/" + base + ".en.md");
            } else {
                gaps.addAll(missing);
            }
            return new Translations(texts);
        }

        private Optional<String> readUtf8(String rel, Path file) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException notUtf8) {
                problems.add(new CourseProblem(rel, 0, "course.notUtf8", List.of()));
            } catch (IOException unreadable) {
                problems.add(new CourseProblem(rel, 0, "course.unreadable", List.of()));
            }
            return Optional.empty();
        }

        private Node load(String rel, String label) {
            Path file = folder.resolve(rel);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new CourseProblem(rel, 0, "course.missingFile", List.of(rel)));
                return null;
            }
            Optional<String> content = readUtf8(rel, file);
            if (content.isEmpty()) {
                return null;
            }
            LoadSettings settings = LoadSettings.builder().setLabel(label).setAllowDuplicateKeys(false).build();
            try (Reader reader = new java.io.StringReader(content.get())) {
                Optional<Node> node = new Compose(settings).composeReader(reader);
                if (node.isEmpty()) {
                    problems.add(new CourseProblem(rel, 0, "course.emptyFile", List.of()));
                    return null;
                }
                return node.get();
            } catch (MarkedYamlEngineException syntax) {
                int line = syntax.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
                problems.add(new CourseProblem(rel, line, "course.yamlSyntax",
                        List.of(String.valueOf(syntax.getProblem()).strip())));
            } catch (YamlEngineException | IOException syntax) {
                problems.add(new CourseProblem(rel, 0, "course.yamlSyntax", List.of(String.valueOf(syntax.getMessage()))));
            }
            return null;
        }

        /** The fields of a mapping; unknown keys and missing required ones are reported. */
        private Map<String, NodeTuple> fields(String rel, Node node, String what, Set<String> allowed, Set<String> required) {
            Map<String, NodeTuple> found = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                problem(rel, node, "course.notAMapping", what);
                return found;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                if (!allowed.contains(key)) {
                    problem(rel, tuple.getKeyNode(), "course.unknownKey", key, what);
                } else {
                    found.put(key, tuple);
                }
            }
            for (String key : required) {
                if (!found.containsKey(key)) {
                    problem(rel, node, "course.missingKey", key, what);
                }
            }
            return found;
        }

        private Translations texts(String rel, NodeTuple tuple) {
            if (tuple == null) {
                return new Translations(Map.of());
            }
            String key = keyOf(tuple);
            Map<Language, String> texts = new EnumMap<>(Language.class);
            if (!(tuple.getValueNode() instanceof MappingNode mapping)) {
                problem(rel, tuple.getValueNode(), "course.notTranslated", key);
                return new Translations(texts);
            }
            for (NodeTuple entry : mapping.getValue()) {
                String code = keyOf(entry);
                Optional<Language> language = Language.fromCode(code);
                if (language.isEmpty()) {
                    problem(rel, entry.getKeyNode(), "course.unknownKey", code, key);
                    continue;
                }
                String value = entry.getValueNode() instanceof ScalarNode s ? s.getValue().strip() : "";
                if (value.isEmpty()) {
                    problem(rel, entry.getKeyNode(), "course.missingTranslation", key, code);
                } else {
                    texts.put(language.get(), value);
                }
            }
            for (Language language : Language.values()) {
                if (!texts.containsKey(language) && mapping.getValue().stream().noneMatch(e -> language.code().equals(keyOf(e)))) {
                    problem(rel, tuple.getKeyNode(), "course.missingTranslation", key, language.code());
                }
            }
            return new Translations(texts);
        }

        private String id(String rel, NodeTuple tuple) {
            String id = text(rel, tuple);
            if (id != null && !ID.matcher(id).matches()) {
                problem(rel, tuple.getValueNode(), "course.badId", id);
                return null;
            }
            return id;
        }

        private String uniqueId(String rel, NodeTuple tuple, Set<String> seen) {
            String id = id(rel, tuple);
            if (id != null && !seen.add(id)) {
                problem(rel, tuple.getValueNode(), "course.duplicateId", id);
            }
            return id;
        }

        private String fileName(String rel, Node node) {
            if (!(node instanceof ScalarNode scalar)) {
                problem(rel, node, "course.notText", "file");
                return null;
            }
            String name = scalar.getValue().strip();
            if (!FILE_NAME.matcher(name).matches() || name.contains("..")) {
                problem(rel, node, "course.badFileName", name);
                return null;
            }
            return name;
        }

        private String text(String rel, NodeTuple tuple) {
            if (tuple == null) {
                return null;
            }
            if (!(tuple.getValueNode() instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problem(rel, tuple.getValueNode(), "course.notText", keyOf(tuple));
                return null;
            }
            return scalar.getValue().strip();
        }

        private Integer integer(String rel, NodeTuple tuple, int min) {
            String text = text(rel, tuple);
            if (text == null) {
                return null;
            }
            try {
                int value = Integer.parseInt(text);
                if (value >= min) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problem(rel, tuple.getValueNode(), "course.notANumber", keyOf(tuple));
            return null;
        }

        private BigDecimal decimal(String rel, NodeTuple tuple) {
            String text = text(rel, tuple);
            if (text == null) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() >= 0 && value.stripTrailingZeros().scale() > 2) {
                    // grades are stored exactly, with two decimal places
                    problem(rel, tuple.getValueNode(), "course.pointsScale", text);
                    return null;
                }
                if (value.signum() >= 0 && value.compareTo(new BigDecimal("1000000")) < 0) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            problem(rel, tuple.getValueNode(), "course.notANumber", keyOf(tuple));
            return null;
        }

        private <E extends Enum<E>> E choice(String rel, NodeTuple tuple, Class<E> type) {
            String text = text(rel, tuple);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException unknown) {
                List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
                problem(rel, tuple.getValueNode(), "course.invalidValue", keyOf(tuple), String.join(", ", allowed));
                return null;
            }
        }

        private List<Node> list(String rel, NodeTuple tuple) {
            if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
                problem(rel, tuple.getValueNode(), "course.notAList", keyOf(tuple));
                return List.of();
            }
            return sequence.getValue();
        }

        private List<String> strings(String rel, NodeTuple tuple) {
            List<String> values = new ArrayList<>();
            for (Node item : list(rel, tuple)) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    values.add(s.getValue().strip().toLowerCase(Locale.ROOT));
                } else {
                    problem(rel, item, "course.notText", keyOf(tuple));
                }
            }
            return List.copyOf(values);
        }

        private List<Integer> crc(String rel, NodeTuple tuple) {
            if (tuple == null) {
                return List.of();
            }
            List<Integer> articles = new ArrayList<>();
            for (Node item : list(rel, tuple)) {
                try {
                    int article = Integer.parseInt(((ScalarNode) item).getValue().strip());
                    if (article < 1 || article > CRC_ARTICLES) {
                        throw new NumberFormatException();
                    }
                    articles.add(article);
                } catch (ClassCastException | NumberFormatException notAnArticle) {
                    problem(rel, item, "course.notAnArticle", item instanceof ScalarNode s ? s.getValue() : "?");
                }
            }
            return List.copyOf(articles);
        }

        private void problem(String rel, Node at, String key, Object... arguments) {
            problems.add(new CourseProblem(rel, line(at), key, List.of(arguments)));
        }

        private static String keyOf(NodeTuple tuple) {
            return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
        }

        private static int line(Node node) {
            return node == null ? 0 : node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
        }
    }
}
