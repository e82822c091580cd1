package org.qadam.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

/**
 * The sign-out button of the top bar posts here: it ends the container's login and the session, and shows
 * the login page. The form carries the session's {@link ActiveUser#getSignOutToken() token}; a post
 * without it (from another site) is refused with 403 and signs nobody out.
 */
@WebServlet(SignOut.PATH)
public class SignOut extends HttpServlet {

    static final String PATH = "/sign-out";

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            if (!activeUser.isSignOutToken(request.getParameter("token"))) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            request.logout();
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=true");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // an old bookmark or a typed address: nothing is ended by a GET, the home page shows who is signed in
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
