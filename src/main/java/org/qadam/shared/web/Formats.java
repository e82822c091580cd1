package org.qadam.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.identity.web.ActiveUser;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;

/**
 * Moments ({@link Instant}s) as the reader expects them: in their language and in the programme's time
 * zone. Faces' own converter does not take an Instant in this Payara.
 *
 * <p>Also days, days with a time, and messages with values, as {@code f:convertDateTime} and
 * {@code h:outputFormat} write them (the same formatter, the same {@link MessageFormat} in the reader's
 * locale), for pages read so often that a component per value costs too much: My cycle, the course page, a
 * lesson, an assignment and the grading queue.
 * Escaped like any other text of the page.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    ActiveUser user;
    @Inject
    Clock clock;

    // a request-scoped bean is used by one thread: its formats are kept for the request without locks
    private final Map<String, DateTimeFormatter> formatters = new HashMap<>();
    private final Map<String, MessageFormat> messages = new HashMap<>();
    private NumberFormat numbers;

    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        return formatter("dateTime", FormatStyle.MEDIUM, FormatStyle.SHORT).withZone(clock.getZone()).format(instant);
    }

    public String day(Instant instant) {
        if (instant == null) {
            return "";
        }
        return formatter("date", FormatStyle.MEDIUM, null).withZone(clock.getZone()).format(instant);
    }

    /** A day, medium style: "23 Nov 2026", "23 нояб. 2026 г.". */
    public String date(LocalDate day) {
        return day == null ? "" : formatter("date", FormatStyle.MEDIUM, null).format(day);
    }

    /** A day, long style: "23 November 2026". */
    public String longDate(LocalDate day) {
        return day == null ? "" : formatter("longDate", FormatStyle.LONG, null).format(day);
    }

    /** A day, medium style, and a time, short style: "Nov 23, 2026, 2:30 PM". */
    public String dateTime(LocalDateTime moment) {
        return moment == null ? "" : formatter("dateTime", FormatStyle.MEDIUM, FormatStyle.SHORT).format(moment);
    }

    /** A day, long style, and a time, short style: "23 November 2026, 14:30". */
    public String longDateTime(LocalDateTime moment) {
        return moment == null ? "" : formatter("longDateTime", FormatStyle.LONG, FormatStyle.SHORT).format(moment);
    }

    /** A score or a number of points as the reader writes it: "12.5" in English, "12,5" in Russian; "70", not "70.00". */
    public String number(Number value) {
        if (value == null) {
            return "";
        }
        if (numbers == null) {
            numbers = NumberFormat.getNumberInstance(user.getLocale());
            numbers.setMaximumFractionDigits(2);
        }
        return numbers.format(value);
    }

    /**
     * The words of the rich-text editor's link box as CSS custom properties, for its {@code style}: the editor
     * (Quill) writes them with CSS {@code content}, in English, and qadam.css takes them from these instead.
     */
    public String editorTexts() {
        StringBuilder style = new StringBuilder();
        for (String key : new String[]{"visitUrl", "enterLink", "edit", "remove", "save"}) {
            String text = Feedback.text(user.getLocale(), "editor." + key).replace("\\", "").replace("'", "\\'");
            style.append("--qadam-editor-").append(key).append(": '").append(text).append("'; ");
        }
        return style.toString().strip();
    }

    /** A message of the bundle with its values, such as {@code cohort.attendedOf} "{0} of {1}". */
    public String message(String pattern, Object value) {
        return messageFormat(pattern).format(new Object[]{value});
    }

    public String message(String pattern, Object first, Object second) {
        return messageFormat(pattern).format(new Object[]{first, second});
    }

    private DateTimeFormatter formatter(String name, FormatStyle date, FormatStyle time) {
        return formatters.computeIfAbsent(name, n -> (time == null ? DateTimeFormatter.ofLocalizedDate(date)
                : DateTimeFormatter.ofLocalizedDateTime(date, time)).withLocale(user.getLocale()));
    }

    private MessageFormat messageFormat(String pattern) {
        return messages.computeIfAbsent(pattern == null ? "" : pattern, p -> new MessageFormat(p, user.getLocale()));
    }
}
