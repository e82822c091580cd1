package org.qadam.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.qadam.identity.SessionRevocations;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;

/** Ends a session whose account was deactivated or changed after it signed in (see {@link SessionRevocations}). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RevokedSessions extends HttpFilter {

    /** Session attribute: when this session signed in. */
    static final String SIGNED_IN_AT = "qadam.signedInAt";

    @Inject
    SessionRevocations revocations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        if (caller != null) {
            HttpSession session = request.getSession(false);
            Instant signedInAt = session == null ? null : (Instant) session.getAttribute(SIGNED_IN_AT);
            if (revocations.isRevoked(caller.getName(), signedInAt)) {
                request.logout();
                if (session != null) {
                    session.invalidate();
                }
                String login = request.getContextPath() + "/login.xhtml";
                if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                    // an ajax request would ignore a plain redirect: tell Faces' script to go there
                    response.setContentType("text/xml");
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + login + "\"/></partial-response>");
                } else {
                    response.sendRedirect(login);
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
