package org.qadam.curriculum;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qadam.shared.i18n.Language;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reader on small courses, valid and broken one way at a time: each problem with its key, file and line. */
class CourseReaderTest {

    private static final String COURSE = """
            id: tiny
            version: 1
            title: {en: Tiny, ru: Крошечный, uz: Kichkina}
            description:
              en: A course for tests.
              ru: Курс для тестов.
              uz: Sinov uchun kurs.
            modules:
              - 01-first
            certificate:
              issue: automatic
              wording: {en: has completed, ru: завершил, uz: tugatdi}
            """;

    private static final String MODULE = """
            id: first
            title: {en: First, ru: Первый, uz: Birinchi}
            lessons:
              - id: hello
                file: 01-hello
                title: {en: Hello, ru: Привет, uz: Salom}
                crc: [3, 12]
            assignments:
              - id: statement
                title: {en: Statement, ru: Заявление, uz: Bayonot}
                brief: statement.brief
                submission: team
                dueDays: 10
                cutOffDays: 20
                points: 10
                passMark: 6
                rubric:
                  - id: clarity
                    title: {en: Clarity, ru: Ясность, uz: Aniqlik}
                    levels:
                      - points: 0
                        description: {en: Unclear, ru: Неясно, uz: Noaniq}
                      - points: 10
                        description: {en: Clear, ru: Ясно, uz: Aniq}
            """;

    @TempDir
    Path root;
    Path course;

    @BeforeEach
    void aValidTinyCourse() throws IOException {
        course = root.resolve("tiny");
        write("course.yaml", COURSE);
        write("01-first/module.yaml", MODULE);
        for (Language language : Language.values()) {
            write("01-first/01-hello." + language.code() + ".md", "# Hello " + language.code() + "\n");
            write("01-first/statement.brief." + language.code() + ".md", "# Brief\n");
        }
    }

    @Test
    void aValidCourseIsReadWithEverything() {
        CourseReader.Reading reading = new CourseReader().read(course);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.gaps()).isEmpty();
        CourseDefinition tiny = reading.course();
        assertThat(tiny.id()).isEqualTo("tiny");
        assertThat(tiny.title().in(Language.RU).orElseThrow().text()).isEqualTo("Крошечный");
        CourseDefinition.Module module = tiny.modules().get(0);
        assertThat(module.lessons().get(0).crc()).containsExactly(3, 12);
        assertThat(module.lessons().get(0).markdown().in(Language.UZ).orElseThrow().text()).isEqualTo("# Hello uz\n");
        CourseDefinition.Assignment assignment = module.assignments().get(0);
        assertThat(assignment.submission()).isEqualTo(CourseDefinition.Submission.TEAM);
        assertThat(assignment.points()).isEqualByComparingTo(BigDecimal.TEN);
        assertThat(assignment.rubric().get(0).levels()).extracting(CourseDefinition.Level::points)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(BigDecimal.ZERO, BigDecimal.TEN);
        assertThat(tiny.certificate().issue()).isEqualTo(CourseDefinition.Issuing.AUTOMATIC);
    }

    @Test
    void anUnknownKeyIsReportedWithItsLine() throws IOException {
        write("course.yaml", COURSE.replace("version: 1\n", "version: 1\nlevel: advanced\n"));

        assertThat(problems()).containsExactly(tuple("course.yaml", 3, "course.unknownKey", List.of("level", "course")));
    }

    @Test
    void aMissingTranslationIsReportedWithTheKeyAndLanguage() throws IOException {
        write("01-first/module.yaml", MODULE.replace("title: {en: First, ru: Первый, uz: Birinchi}", "title: {en: First, ru: Первый}"));

        assertThat(problems()).containsExactly(tuple("01-first/module.yaml", 2, "course.missingTranslation", List.of("title", "uz")));
    }

    @Test
    void aDuplicateIdIsReported() throws IOException {
        write("01-first/module.yaml", MODULE.replace("lessons:\n  - id: hello", """
                lessons:
                  - id: again
                    file: 01-hello
                    title: {en: A, ru: А, uz: A}
                  - id: again"""));

        assertThat(problems()).containsExactly(tuple("01-first/module.yaml", 7, "course.duplicateId", List.of("again")));
    }

    @Test
    void aRubricWhoseTopLevelsDoNotAddUpToThePointsIsReported() throws IOException {
        write("01-first/module.yaml", MODULE.replace("points: 10\n    passMark: 6", "points: 20\n    passMark: 6"));

        assertThat(problems()).containsExactly(tuple("01-first/module.yaml", 17, "course.rubricTotal",
                List.of(BigDecimal.TEN, new BigDecimal("20"))));
    }

    @Test
    void aLessonFileThatDoesNotExistIsReportedAtTheLineThatNamesIt() throws IOException {
        write("01-first/module.yaml", MODULE.replace("file: 01-hello", "file: 02-missing"));

        assertThat(problems()).containsExactly(tuple("01-first/module.yaml", 5, "course.missingFile", List.of("01-first/02-missing.en.md")));
    }

    @Test
    void aLessonMissingInOneLanguageIsAGapNotAProblem() throws IOException {
        Files.delete(course.resolve("01-first/01-hello.ru.md"));

        CourseReader.Reading reading = new CourseReader().read(course);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.gaps()).extracting(CourseProblem::key, CourseProblem::arguments)
                .containsExactly(tuple("course.missingTranslationFile", List.of("01-first/01-hello.ru.md")));
        assertThat(reading.course().modules().get(0).lessons().get(0).markdown().in(Language.RU).orElseThrow().language())
                .as("Russian falls back to Uzbek").isEqualTo(Language.UZ);
    }

    @Test
    void levelsMustRiseAndThePassMarkAndCutOffMustMakeSense() throws IOException {
        write("01-first/module.yaml", MODULE.replace("cutOffDays: 20", "cutOffDays: 5")
                .replace("passMark: 6", "passMark: 11")
                .replace("      - points: 0\n", "      - points: 10\n"));

        assertThat(problems()).containsExactlyInAnyOrder(
                tuple("01-first/module.yaml", 14, "course.cutOffBeforeDue", List.of(5, 10)),
                tuple("01-first/module.yaml", 16, "course.passMarkAbovePoints", List.of(new BigDecimal("11"), BigDecimal.TEN)),
                tuple("01-first/module.yaml", 23, "course.levelsNotRising", List.of(BigDecimal.TEN, BigDecimal.TEN)));
    }

    @Test
    void aYamlSyntaxErrorIsReportedWithItsLine() throws IOException {
        write("course.yaml", COURSE.replace("version: 1\n", "version: [1\n"));

        assertThat(new CourseReader().read(course).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("course.yaml");
            assertThat(p.line()).isBetween(2, 4);
            assertThat(p.key()).isEqualTo("course.yamlSyntax");
        });
    }

    @Test
    void aModuleFolderThatDoesNotExistIsReportedInTheManifest() throws IOException {
        write("course.yaml", COURSE.replace("  - 01-first\n", "  - 01-first\n  - 02-second\n"));

        assertThat(problems()).containsExactly(tuple("course.yaml", 10, "course.missingFile", List.of("02-second/module.yaml")));
    }

    @Test
    void allProblemsOfAllFilesAreReportedAtOnceAndNoCourseIsReturned() throws IOException {
        write("course.yaml", COURSE.replace("version: 1\n", "version: one\n"));
        write("01-first/module.yaml", MODULE.replace("submission: team", "submission: everyone"));

        CourseReader.Reading reading = new CourseReader().read(course);

        assertThat(reading.course()).isNull();
        assertThat(reading.problems()).extracting(CourseProblem::file, CourseProblem::line, CourseProblem::key).containsExactly(
                tuple("course.yaml", 2, "course.notANumber"),
                tuple("01-first/module.yaml", 12, "course.invalidValue"));
    }

    @Test
    void aLessonThatIsNotUtf8IsRefused() throws IOException {
        Files.write(course.resolve("01-first/01-hello.en.md"), new byte[]{'#', ' ', (byte) 0xC3, (byte) 0x28});

        assertThat(problems()).containsExactly(tuple("01-first/01-hello.en.md", 0, "course.notUtf8", List.of()));
    }

    @Test
    void theIdMustBeTheFolderName() throws IOException {
        write("course.yaml", COURSE.replace("id: tiny", "id: other"));

        assertThat(problems()).containsExactly(tuple("course.yaml", 1, "course.idNotFolder", List.of("other", "tiny")));
    }

    private List<org.assertj.core.groups.Tuple> problems() {
        return new CourseReader().read(course).problems().stream()
                .map(p -> tuple(p.file(), p.line(), p.key(), p.arguments()))
                .toList();
    }

    private void write(String relative, String content) throws IOException {
        Path file = course.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
