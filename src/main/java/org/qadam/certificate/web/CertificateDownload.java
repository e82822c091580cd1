package org.qadam.certificate.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.certificate.Certificates;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.files.DamagedFileException;
import org.qadam.shared.files.SafeFileName;

import java.io.IOException;
import java.nio.file.Files;

/**
 * {@code /certificates/{id}.pdf}: a certificate's stored PDF, for the coordinators and, while it is valid, its holder;
 * {@code /certificates/cohort/{id}.zip}: a cohort's valid certificates as one zip, for coordinators.
 */
@WebServlet("/certificates/*")
public class CertificateDownload extends HttpServlet {

    @Inject
    Certificates certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (path.matches("/\\d{1,18}\\.pdf")) {
                Certificates.Download pdf = certificates.pdf(Long.parseLong(path.substring(1, path.length() - 4)));
                response.setContentType("application/pdf");
                response.setContentLengthLong(pdf.size());
                response.setHeader("Content-Disposition", SafeFileName.contentDisposition(false, pdf.name()));
                response.setHeader("Cache-Control", "private, no-store");
                Files.copy(pdf.path(), response.getOutputStream());
            } else if (path.matches("/cohort/\\d{1,18}\\.zip")) {
                long cohort = Long.parseLong(path.substring(8, path.length() - 4));
                response.setContentType("application/zip");
                response.setHeader("Content-Disposition", "attachment; filename=\"certificates-" + cohort + ".zip\"");
                response.setHeader("Cache-Control", "private, no-store");
                certificates.zip(cohort, response.getOutputStream());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NotFoundException | AccessDeniedException notYours) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (DamagedFileException damaged) {
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
