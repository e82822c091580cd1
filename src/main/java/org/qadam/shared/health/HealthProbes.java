package org.qadam.shared.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /status/ready} (readiness), {@code /status/live} (liveness) and both at {@code /status}, for
 * load balancers and orchestrators, in the MicroProfile Health JSON shape: 200 when every check is UP,
 * 503 otherwise. Payara Micro's own {@code /health} endpoints live under the application's root
 * context, behind its sign-in, so an anonymous probe cannot use them; these serve the same
 * {@link HealthCheck} beans without signing in, and say nothing but UP or DOWN.
 */
@WebServlet(urlPatterns = {"/status", "/status/ready", "/status/live"})
public class HealthProbes extends HttpServlet {

    @Inject
    @Readiness
    @Any
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    @Any
    Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        List<HealthCheck> checks = new ArrayList<>();
        if (!path.endsWith("/live")) {
            readiness.forEach(checks::add);
        }
        if (!path.endsWith("/ready")) {
            liveness.forEach(checks::add);
        }
        boolean up = true;
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (HealthCheck check : checks) {
            HealthCheckResponse result = check.call();
            up &= result.getStatus() == HealthCheckResponse.Status.UP;
            results.add(Json.createObjectBuilder().add("name", result.getName()).add("status", result.getStatus().name()));
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("status", up ? "UP" : "DOWN")
                .add("checks", results)
                .build().toString());
    }
}
