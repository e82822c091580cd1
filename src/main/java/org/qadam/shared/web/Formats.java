package org.qadam.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qadam.identity.web.ActiveUser;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Moments ({@link Instant}s) as the reader expects them: in their language and in the programme's time
 * zone. Faces' own converter does not take an Instant in this Payara.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    ActiveUser user;
    @Inject
    Clock clock;

    public String moment(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(user.getLocale()).withZone(clock.getZone()).format(instant);
    }

    public String day(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(user.getLocale()).withZone(clock.getZone()).format(instant);
    }
}
