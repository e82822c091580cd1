package org.qadam.assignment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.qadam.assignment.Gradebook;
import org.qadam.identity.web.ActiveUser;
import org.qadam.shared.AccessDeniedException;
import org.qadam.shared.NotFoundException;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.web.Feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /export/gradebook?cohort=&format=csv|xlsx}: a cohort's whole gradebook as a spreadsheet, written
 * page by page as it is read, headed in the reader's language. For the cohort's trainers and coordinators.
 */
@WebServlet("/export/gradebook")
public class GradebookExport extends HttpServlet {

    @Inject
    Gradebook gradebook;
    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long cohortId;
        try {
            cohortId = Long.parseLong(String.valueOf(request.getParameter("cohort")));
        } catch (NumberFormatException notAnId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String format = "csv".equals(request.getParameter("format")) ? "csv" : "xlsx";
        Language language = activeUser.language();
        try {
            gradebook.columns(cohortId); // refuses before anything is written
        } catch (NotFoundException | AccessDeniedException notYours) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String fileName = "gradebook-" + cohortId + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            csv(cohortId, language, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            xlsx(cohortId, language, response.getOutputStream());
        }
    }

    /** The header row: person, e-mail, NGO, team, region, status, then each assignment and each module. */
    static List<String> header(Gradebook.Columns columns, Language language) {
        Locale locale = language.locale();
        List<String> header = new ArrayList<>(List.of(Feedback.text(locale, "cohort.person"), Feedback.text(locale, "enrol.col.email"),
                Feedback.text(locale, "enrol.col.organisation"), Feedback.text(locale, "cohort.team"),
                Feedback.text(locale, "accounts.region"), Feedback.text(locale, "cohort.status")));
        for (Gradebook.Column c : columns.assignments()) {
            String title = text(c.title(), language);
            header.add(title + " (" + Feedback.text(locale, "gradebook.points", c.points().stripTrailingZeros().toPlainString()) + ")");
            header.add(title + ": " + Feedback.text(locale, "gradebook.status"));
        }
        for (Gradebook.ModuleColumn m : columns.modules()) {
            header.add(Feedback.text(locale, "gradebook.module", text(m.title(), language)));
        }
        return header;
    }

    /** One learner's cells; a total is given once graded (by the trainer), the status always. */
    static List<Object> cells(Gradebook.Row row, Gradebook.Columns columns, Language language) {
        Locale locale = language.locale();
        List<Object> cells = new ArrayList<>(List.of(row.name(), row.email(), nz(row.organisation()), nz(row.team()),
                row.region() == null ? "" : row.region().in(language), Feedback.text(locale, "enrolment.status." + row.status().name())));
        for (Gradebook.Column c : columns.assignments()) {
            Gradebook.Cell cell = row.cell(c.assignmentId());
            cells.add(cell == null || cell.total() == null ? "" : cell.total());
            cells.add(cell == null ? "" : Feedback.text(locale, "submission.status." + cell.status().name())
                    + (cell.late() ? " · " + Feedback.text(locale, "submission.late") : ""));
        }
        for (Gradebook.ModuleColumn m : columns.modules()) {
            cells.add(row.completed(m.moduleId()) ? Feedback.text(locale, "gradebook.completed") : "");
        }
        return cells;
    }

    private void csv(long cohortId, Language language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF'); // so that spreadsheet programs read it as UTF-8
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        Gradebook.Columns[] columns = new Gradebook.Columns[1];
        gradebook.export(cohortId, c -> {
            columns[0] = c;
            print(printer, new ArrayList<>(header(c, language)));
        }, page -> page.forEach(row -> print(printer, cells(row, columns[0], language))));
        printer.flush();
    }

    private static void print(CSVPrinter printer, List<?> values) {
        try {
            List<Object> safe = new ArrayList<>();
            for (Object v : values) {
                safe.add(v instanceof String s ? neutralised(s) : v);
            }
            printer.printRecord(safe);
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    /** A cell a spreadsheet would run as a formula (=, +, -, @) is written as text. */
    static String neutralised(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private void xlsx(long cohortId, Language language, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Qadam", "1.0");
        Worksheet sheet = workbook.newWorksheet(Feedback.text(language.locale(), "gradebook.title"));
        Gradebook.Columns[] columns = new Gradebook.Columns[1];
        int[] r = {0};
        gradebook.export(cohortId, c -> {
            columns[0] = c;
            List<String> header = header(c, language);
            for (int i = 0; i < header.size(); i++) {
                sheet.value(0, i, header.get(i));
                sheet.style(0, i).bold().set();
            }
            r[0] = 1;
        }, page -> {
            for (Gradebook.Row row : page) {
                List<Object> cells = cells(row, columns[0], language);
                for (int i = 0; i < cells.size(); i++) {
                    Object v = cells.get(i);
                    if (v instanceof java.math.BigDecimal n) {
                        sheet.value(r[0], i, n);
                    } else {
                        sheet.value(r[0], i, String.valueOf(v));
                    }
                }
                r[0]++;
            }
            try {
                sheet.flush();
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        });
        sheet.finish();
        workbook.finish();
    }

    private static String text(Map<String, String> texts, Language language) {
        String t = texts.get(language.code());
        return t != null ? t : texts.values().stream().findFirst().orElse("");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
