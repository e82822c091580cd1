package org.qadam.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Asked by a page on which people write at length (an answer, feedback: {@code resources/qadam/keep-alive.js})
 * while they are typing there, so that their session does not end under them: a session ends after an hour
 * without a request, and what is typed and sent after that is lost with it. A request with the session is all it
 * takes; the answer says whether someone is signed in (204) or not (401). Public, so that an ended session gets
 * that answer and not the sign-in page, which would remember this address to return to.
 */
@WebServlet(KeepAlive.PATH)
public class KeepAlive extends HttpServlet {

    static final String PATH = "/session/alive";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(request.getSession(false) != null && request.getUserPrincipal() != null
                ? HttpServletResponse.SC_NO_CONTENT : HttpServletResponse.SC_UNAUTHORIZED);
    }
}
