package org.qadam.curriculum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;
import org.primefaces.model.file.UploadedFile;
import org.qadam.curriculum.CourseProblem;
import org.qadam.curriculum.Curriculum;
import org.qadam.shared.web.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Backs coordinator/courses.xhtml: upload a course as a zip, or re-import the courses folder. */
@Named
@ViewScoped
public class CourseImportBacking implements Serializable {

    /** A line of the result: a course, what happened, and its problems in the reader's language. */
    public record Line(String code, String outcome, int version, List<String> problems) implements Serializable {
    }

    @Inject
    Curriculum curriculum;

    private transient UploadedFile file;
    private List<Line> results = List.of();

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Feedback.error("import.noFile");
            return;
        }
        try (InputStream zip = file.getInputStream()) {
            results = List.of(line(curriculum.upload(zip)));
        } catch (IOException unreadable) {
            Feedback.error("course.zip.notAZip");
        }
    }

    public void reimport() {
        String configured = ConfigProvider.getConfig().getOptionalValue("qadam.courses.path", String.class).orElse("courses");
        List<Line> lines = new ArrayList<>();
        for (Curriculum.ImportResult result : curriculum.reimport(Path.of(configured).toAbsolutePath().normalize())) {
            lines.add(line(result));
        }
        results = lines;
        if (lines.isEmpty()) {
            Feedback.error("catalogue.empty");
        }
    }

    private static Line line(Curriculum.ImportResult result) {
        List<String> problems = result.problems().stream().map(CourseImportBacking::describe).toList();
        return new Line(result.code(), result.outcome().name(), result.version(), problems);
    }

    private static String describe(CourseProblem problem) {
        String where = problem.file().isEmpty() ? "" : problem.file() + (problem.line() > 0 ? ":" + problem.line() : "") + " — ";
        return where + Feedback.text(problem.key(), problem.arguments().toArray());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<Line> getResults() {
        return results;
    }
}
