package org.qadam.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application: rules take it as an argument so that tests can fix the time. Its
 * zone is the programme's ({@code qadam.time-zone}, Asia/Tashkent by default): "today" for a release
 * date or a session's local time is today there, whatever the server's zone.
 */
@ApplicationScoped
public class ClockProducer {
    @Produces
    Clock clock() {
        String zone = ConfigProvider.getConfig().getOptionalValue("qadam.time-zone", String.class).orElse("Asia/Tashkent");
        return Clock.system(ZoneId.of(zone));
    }
}
