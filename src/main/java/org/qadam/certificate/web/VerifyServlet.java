package org.qadam.certificate.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.certificate.Certificates;
import org.qadam.certificate.VerifyThrottle;
import org.qadam.identity.web.ClientAddress;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /verify/{code}}, the QR code's target: the verification page for people, or with
 * {@code Accept: application/json} (or {@code /verify/{code}.json}) the same facts for machines. No
 * sign-in; lookups are limited per address.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

    @Inject
    Certificates certificates;
    @Inject
    VerifyThrottle throttle;
    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean json = path.endsWith(".json") || String.valueOf(request.getHeader("Accept")).contains("application/json");
        String code = path.endsWith(".json") ? path.substring(0, path.length() - 5) : path;
        if (!json) {
            // the page itself counts the lookup; shown at this address (the QR code's), without a redirect
            request.getRequestDispatcher("/verify.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)).forward(request, response);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (!throttle.allow(clientAddress.of(request))) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.getWriter().write(Json.createObjectBuilder().add("status", "TOO_MANY_LOOKUPS").build().toString());
            return;
        }
        Certificates.Verification v = certificates.verify(code);
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", v.outcome().name());
        if (v.found()) {
            body.add("code", v.shownCode()).add("holder", v.holder()).add("course", texts(v.course()))
                    .add("issuer", texts(v.issuer())).add("startsOn", v.startsOn().toString()).add("endsOn", v.endsOn().toString())
                    .add("issuedAt", v.issuedAt().toString());
            if (v.statusAt() != null) {
                body.add("statusAt", v.statusAt().toString());
            }
            if (v.reason() != null) {
                body.add("reason", v.reason());
            }
            if (v.supersededBy() != null) {
                body.add("supersededBy", v.shownSupersededBy());
            }
        } else {
            response.setStatus(v.outcome() == Certificates.Verification.Outcome.NOT_FOUND ? 404 : 400);
        }
        response.getWriter().write(body.build().toString());
    }

    private static JsonObjectBuilder texts(Map<String, String> texts) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        texts.forEach(object::add);
        return object;
    }
}
