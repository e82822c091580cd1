package org.qadam.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.shared.i18n.Language;

import java.io.IOException;
import java.util.Optional;

/**
 * The language links of the top bar: {@code /language?to=ru&back=/my-cohort.xhtml?id=7} shows the page
 * {@code back} again in Russian, and remembers the choice for the account (when signed in) and in a
 * cookie. A link, not a form, so that pages need no form for it; the choice is a preference, like the
 * language links of most sites. {@code back} must be a page of Qadam: anything else goes to the home page,
 * so that the link cannot send anyone to another site.
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    static final String PATH = "/language";

    @Inject
    ActiveUser activeUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> chosen = Language.fromCode(request.getParameter("to"));
        if (chosen.isPresent()) {
            activeUser.switchTo(chosen.get(), request, response);
        }
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(safeReturn(request.getContextPath(), request.getParameter("back")));
    }

    /** {@code back} when it is a path on this site under the application, the home page otherwise. */
    static String safeReturn(String contextPath, String back) {
        String home = contextPath + "/index.xhtml";
        if (back == null || back.length() > 2000 || !back.startsWith(contextPath + "/") || back.startsWith("//")
                || back.chars().anyMatch(c -> c < 0x21 || c > 0x7e || c == '\\')) {
            return home;
        }
        // no "." or ".." segment in the path: "/qadam/../other" is not a page of Qadam
        int query = back.indexOf('?');
        for (String segment : (query < 0 ? back : back.substring(0, query)).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return home;
            }
        }
        return back;
    }
}
