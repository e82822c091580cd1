package org.qadam.curriculum;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.qadam.shared.i18n.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every course in {@code courses/} is valid and complete in English, Russian and Uzbek: no problem, no
 * gap, every lesson with its three files, every stage assignment with a rubric of three to five criteria.
 */
class CurriculumCompletenessTest {

    private static final Path COURSES = Path.of("courses");

    @TestFactory
    Stream<DynamicTest> everyCourseIsValidAndCompleteInAllThreeLanguages() throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(COURSES)) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(folders).as("courses in courses/").extracting(p -> p.getFileName().toString())
                .contains("ngo-cycle", "iwg-monitoring");
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            CourseReader.Reading reading = new CourseReader().read(folder);
            assertThat(reading.problems()).as("problems").isEmpty();
            assertThat(reading.gaps()).as("missing translations").isEmpty();
            CourseDefinition course = reading.course();
            for (CourseDefinition.Module module : course.modules()) {
                assertThat(module.lessons()).as(module.id() + " lessons").isNotEmpty();
                for (CourseDefinition.Lesson lesson : module.lessons()) {
                    for (Language language : Language.values()) {
                        assertThat(lesson.markdown().has(language)).as(lesson.id() + " " + language).isTrue();
                        assertThat(lesson.markdown().in(language).orElseThrow().text()).as(lesson.id() + " " + language)
                                .startsWith("# ");
                    }
                }
                for (CourseDefinition.Assignment assignment : module.assignments()) {
                    assertThat(assignment.rubric()).as(assignment.id() + " rubric").hasSizeBetween(3, 5);
                    assertThat(assignment.template().texts()).as(assignment.id() + " template").hasSize(3);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> theNgoCycleHasModulesZeroToSixWithTheirStageWork() {
        CourseDefinition course = new CourseReader().read(COURSES.resolve("ngo-cycle")).course();
        return Stream.of(DynamicTest.dynamicTest("ngo-cycle", () -> {
            assertThat(course.modules()).hasSize(7);
            assertThat(course.modules().get(0).assignments()).as("module 0 has no stage work").isEmpty();
            assertThat(course.modules().subList(1, 7)).allSatisfy(m -> assertThat(m.lessons()).hasSizeGreaterThanOrEqualTo(2))
                    .allSatisfy(m -> assertThat(m.assignments()).isNotEmpty());
            String finalTemplate = course.modules().get(6).assignments().get(0).template().in(Language.EN).orElseThrow().text();
            assertThat(finalTemplate).as("the final report draws on every earlier stage")
                    .containsIgnoringCase("priority statement").containsIgnoringCase("situation analysis")
                    .containsIgnoringCase("project proposal").containsIgnoringCase("project plan")
                    .containsIgnoringCase("monitoring report");
        }));
    }
}
