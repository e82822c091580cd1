package org.qadam.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits certificate lookups per client address (qadam.verify.lookups-per-minute, 30 by default), so that
 * codes cannot be guessed by trying many: a fixed one-minute window per address, held in memory.
 */
@ApplicationScoped
public class VerifyThrottle {

    /** More addresses than this, and the windows of past minutes are dropped. */
    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = "qadam.verify.lookups-per-minute", defaultValue = "30")
    int perMinute;
    @Inject
    Clock clock;

    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    /** Counts one lookup; false when the address has used up its lookups for this minute. */
    public boolean allow(String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> w[0] != minute);
        }
        long[] window = windows.compute(address == null ? "?" : address, (k, w) -> {
            if (w == null || w[0] != minute) {
                return new long[] {minute, 1};
            }
            w[1]++;
            return w;
        });
        return window[1] <= perMinute;
    }

    public int perMinute() {
        return perMinute;
    }
}
