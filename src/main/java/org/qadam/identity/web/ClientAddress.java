package org.qadam.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request came from. Behind a reverse proxy every request comes from the proxy; with
 * {@code qadam.http.trust-forwarded-for=true} the address is the last one in {@code X-Forwarded-For},
 * the one the proxy itself saw (earlier entries are whatever the client chose to send). Only turn it on
 * when a proxy that sets the header stands in front of Qadam.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "qadam.http.trust-forwarded-for", defaultValue = "false")
    boolean trustForwardedFor;

    public String of(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddr();
    }
}
