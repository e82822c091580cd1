package org.qadam.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.qadam.shared.persistence.StatementCount;

import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * With {@code qadam.profile.requests=true}, logs one line per request at INFO on the logger
 * {@code org.qadam.profile}, in a form a script can read:
 * {@code PROFILE GET /index.xhtml 200 total=12.3ms sql=4 db=3.1ms} (method, path without the query
 * string, status, time in the application, SQL statements sent through JPA, time in them). Off by
 * default: then a request costs one boolean check here.
 *
 * <p>The figures are those of the request's own thread: work handed to another thread, and JDBC used
 * directly on the data source (schema migration, the readiness check), are not in them.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestProfile extends HttpFilter {

    static final String KEY = "qadam.profile.requests";
    private static final Logger LOG = Logger.getLogger("org.qadam.profile");

    private boolean enabled;

    @Override
    public void init() {
        enabled = ConfigProvider.getConfig().getOptionalValue(KEY, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        StatementCount.Snapshot before = StatementCount.now();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            // an asynchronous request goes on on another thread, whose statements this one cannot see
            if (!request.isAsyncStarted()) {
                LOG.info(line(request.getMethod(), request.getRequestURI(), failed ? 500 : response.getStatus(),
                        System.nanoTime() - started, StatementCount.now().since(before)));
            }
        }
    }

    static String line(String method, String uri, int status, long totalNanos, StatementCount.Snapshot sql) {
        int parameters = uri.indexOf(';');
        String path = parameters < 0 ? uri : uri.substring(0, parameters);
        return String.format(Locale.ROOT, "PROFILE %s %s %d total=%.1fms sql=%d db=%.1fms", method, path, status,
                totalNanos / 1_000_000.0, sql.statements(), sql.dbMillis());
    }
}
