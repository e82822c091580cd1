package org.qadam.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.curriculum.Curriculum;
import org.qadam.curriculum.PublishedCourse;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.i18n.Language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /template?course=&assignment=&lang=}: the template of a stage assignment, as the Markdown file
 * the NGO fills in. Served from the imported version, never from the file system.
 */
@WebServlet("/template")
public class TemplateDownload extends HttpServlet {

    @Inject
    Curriculum curriculum;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = Language.fromCode(request.getParameter("lang")).orElse(Language.EN).code();
        String assignmentId = request.getParameter("assignment");
        try {
            PublishedCourse course = curriculum.latest(request.getParameter("course"));
            PublishedCourse.PublishedAssignment assignment = course.modules().stream()
                    .flatMap(m -> m.assignments().stream())
                    .filter(a -> a.id().equals(assignmentId))
                    .findFirst().orElseThrow(() -> new NotFoundException("error.notFound"));
            String markdown = assignment.templateMarkdown().get(language);
            if (markdown == null) {
                markdown = assignment.templateMarkdown().values().stream().findFirst()
                        .orElseThrow(() -> new NotFoundException("error.notFound"));
            }
            // the id is checked against the course (lower-case letters, digits, dashes): safe as a file name
            response.setContentType("text/markdown");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"" + assignment.id() + "." + language + ".md\"");
            response.getOutputStream().write(markdown.getBytes(StandardCharsets.UTF_8));
        } catch (NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
