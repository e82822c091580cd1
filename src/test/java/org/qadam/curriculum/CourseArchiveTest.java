package org.qadam.curriculum;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class CourseArchiveTest {

    @TempDir
    Path root;

    private final CourseArchive cut = new CourseArchive();

    @Test
    void aZipWithOneCourseFolderIsUnpacked() throws IOException {
        Path into = root.resolve("ok");
        CourseArchive.Unpacked unpacked = cut.unpack(zip("tiny/course.yaml", "id: tiny\n", "tiny/01-a/module.yaml", "id: a\n"), into);

        assertThat(unpacked.problems()).isEmpty();
        assertThat(unpacked.courseFolder()).contains(into.resolve("tiny"));
        assertThat(into.resolve("tiny/01-a/module.yaml")).hasContent("id: a");
    }

    @Test
    void aPathThatClimbsOutOfTheCourseIsRefusedAndNothingIsLeft() throws IOException {
        Path into = root.resolve("evil");
        CourseArchive.Unpacked unpacked = cut.unpack(zip("tiny/course.yaml", "id: tiny\n", "tiny/../../escaped.txt", "x"), into);

        assertThat(unpacked.courseFolder()).isEmpty();
        assertThat(unpacked.problems()).extracting(CourseProblem::key).containsExactly("course.zip.unsafePath");
        assertThat(root.resolve("escaped.txt")).doesNotExist();
        assertThat(into).doesNotExist();
    }

    @Test
    void absolutePathsAndOddNamesAreRefused() throws IOException {
        assertThat(cut.unpack(zip("/etc/passwd", "x"), root.resolve("a")).problems())
                .extracting(CourseProblem::key).containsExactly("course.zip.unsafePath");
        assertThat(cut.unpack(zip("tiny\\..\\x", "x"), root.resolve("b")).problems())
                .extracting(CourseProblem::key).containsExactly("course.zip.unsafePath");
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        String[] entries = new String[(CourseArchive.MAX_ENTRIES + 1) * 2];
        for (int i = 0; i <= CourseArchive.MAX_ENTRIES; i++) {
            entries[2 * i] = "tiny/f" + i + ".md";
            entries[2 * i + 1] = "x";
        }
        assertThat(cut.unpack(zip(entries), root.resolve("many")).problems())
                .extracting(CourseProblem::key).containsExactly("course.zip.tooManyEntries");
    }

    @Test
    void aZipWithoutOneCourseFolderOrNoZipAtAllIsRefused() throws IOException {
        assertThat(cut.unpack(zip("course.yaml", "id: x\n"), root.resolve("flat")).problems())
                .extracting(CourseProblem::key).containsExactly("course.zip.layout");
        assertThat(cut.unpack(zip("one/course.yaml", "id: one\n", "two/course.yaml", "id: two\n"), root.resolve("two")).problems())
                .extracting(CourseProblem::key).containsExactly("course.zip.layout");
        assertThat(cut.unpack(new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8)), root.resolve("text")).problems())
                .extracting(CourseProblem::key).containsExactly("course.zip.notAZip");
        assertThat(Files.exists(root.resolve("flat"))).isFalse();
    }

    static ByteArrayInputStream zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
