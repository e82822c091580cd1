package org.qadam.assignment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.assignment.SubmissionFiles;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.files.DamagedFileException;
import org.qadam.shared.files.SafeFileName;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * {@code /files/{id}}: a submitted or feedback file, for those who may see it (checked for every id). PDFs,
 * images and plain text open in the browser inside a sandbox; everything else is downloaded. A file whose
 * checksum no longer matches is not served.
 */
@WebServlet("/files/*")
public class FileDownload extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(FileDownload.class.getName());

    @Inject
    SubmissionFiles files;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        SubmissionFiles.Download file;
        try {
            file = files.open(id);
        } catch (NotFoundException | AccessDeniedException notYours) {
            // the same answer either way: an id says nothing about whether the file exists
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (DamagedFileException damaged) {
            LOG.severe("stored file " + id + " is missing or does not match its checksum");
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        boolean inline = file.viewable() && !"download".equals(request.getParameter("as"));
        response.setContentType(file.mediaType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", SafeFileName.contentDisposition(inline, file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            java.nio.file.Files.copy(file.path(), response.getOutputStream());
        } catch (java.nio.file.NoSuchFileException movedIntoPlace) {
            // checked a moment ago in incoming/, moved into the store since: send it from there
            java.nio.file.Files.copy(files.open(id).path(), response.getOutputStream());
        }
    }
}
