package org.qadam.curriculum.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.curriculum.Curriculum;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /course-image/{course}/{version}/{name}}: a picture a course ships, from the version that
 * imported it. A version never changes, so the picture may be cached for a long time.
 */
@WebServlet("/course-image/*")
public class CourseImageServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,64})/([0-9]{1,6})/([a-z0-9._-]{1,128})");

    @Inject
    Curriculum curriculum;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<Curriculum.Image> image = path.matches()
                ? curriculum.image(path.group(1), Integer.parseInt(path.group(2)), path.group(3))
                : Optional.empty();
        if (image.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.get().contentType());
        response.setHeader("Cache-Control", "private, max-age=86400, immutable");
        response.setContentLength(image.get().content().length);
        response.getOutputStream().write(image.get().content());
    }
}
