package org.qadam.it;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.shared.persistence.StatementCount;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test-only filter, deployed with the integration tests: counts on the server the SQL statements of a
 * request that carries the header {@value #HEADER}, and keeps the count under the header's value for the
 * in-container test that sent it. Every other request passes untouched.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CountedRequests extends HttpFilter {

    static final String HEADER = "X-Qadam-Count";

    private static final Map<String, StatementCount.Snapshot> COUNTED = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        StatementCount.Snapshot before = StatementCount.now();
        try {
            chain.doFilter(request, response);
        } finally {
            COUNTED.put(key, StatementCount.now().since(before));
        }
    }

    /**
     * The statements of the request sent with {@code key}. The client may have read the whole response a
     * moment before this filter has finished, so it waits a little for the count.
     */
    static StatementCount.Snapshot of(String key) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            StatementCount.Snapshot counted = COUNTED.remove(key);
            if (counted != null) {
                return counted;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no count arrived for the request " + key);
    }
}
