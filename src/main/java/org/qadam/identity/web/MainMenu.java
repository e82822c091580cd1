package org.qadam.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.qadam.shared.i18n.Language;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The top bar of every page: the menu for the signed-in person's roles and the language links.
 *
 * <p>Plain links, not a Faces menu and command links: a page whose only form was the menu's now has no
 * form at all, so Faces keeps no view state for it and the menu costs no navigation-rule lookups. The
 * language links go to {@link LanguageSwitch}, signing out posts to {@link SignOut}.
 */
@Named
@RequestScoped
public class MainMenu {

    /** One entry: the page's view id, the bundle key of its label, its PrimeIcons icon. */
    public record Entry(String id, String viewId, String label, String icon, boolean current) {
    }

    /** An entry, and who sees it: the role rules are ActiveUser's, as the pages use them. */
    private record Item(String id, String viewId, String label, String icon, Predicate<ActiveUser> shownTo) {
    }

    private static final Predicate<ActiveUser> EVERYONE = user -> true;
    private static final Predicate<ActiveUser> STAFF = ActiveUser::isStaff;
    private static final Predicate<ActiveUser> MANAGERS = ActiveUser::isManagingOrganisations;

    private static final List<Item> ITEMS = List.of(
            new Item("home", "/index.xhtml", "nav.home", "pi-home", EVERYONE),
            new Item("courses", "/courses.xhtml", "nav.courses", "pi-book", EVERYONE),
            new Item("join", "/join.xhtml", "nav.join", "pi-user-plus", STAFF.negate()),
            new Item("cohorts", "/cohorts.xhtml", "nav.cohorts", "pi-calendar", STAFF),
            new Item("grading", "/grading.xhtml", "nav.grading", "pi-check-square", STAFF),
            new Item("accounts", "/admin/accounts.xhtml", "nav.accounts", "pi-users", ActiveUser::isAdmin),
            new Item("regions", "/coordinator/regions.xhtml", "nav.regions", "pi-map", MANAGERS),
            new Item("importCourses", "/coordinator/courses.xhtml", "nav.importCourses", "pi-upload", MANAGERS),
            new Item("certificates", "/coordinator/certificates.xhtml", "nav.certificates", "pi-verified", MANAGERS),
            new Item("organisations", "/coordinator/organisations.xhtml", "nav.organisations", "pi-building", MANAGERS),
            new Item("profile", "/profile.xhtml", "nav.profile", "pi-user", EVERYONE));

    @Inject
    ActiveUser user;

    private List<Entry> entries;
    private String here;

    /** The entries this person may use, the page being shown marked as current; none for a visitor. */
    public List<Entry> getEntries() {
        if (entries == null) {
            if (!user.isSignedIn()) {
                entries = List.of();
            } else {
                String viewId = viewId();
                entries = ITEMS.stream().filter(item -> item.shownTo().test(user))
                        .map(item -> new Entry(item.id(), item.viewId(), item.label(), item.icon(), item.viewId().equals(viewId)))
                        .toList();
            }
        }
        return entries;
    }

    /** The link that shows this same page in another language. */
    public String languageLink(Language language) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + LanguageSwitch.PATH + "?to=" + language.code()
                + "&back=" + URLEncoder.encode(here(faces), StandardCharsets.UTF_8);
    }

    /**
     * Where this page was asked for: the address in the browser for a page that was asked for (also when
     * it was forwarded to, like {@code /verify/{code}}, or is an error page), and the page with its
     * parameters after a form was sent.
     */
    private String here(FacesContext faces) {
        if (here == null) {
            HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
            String failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            String forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            if (failed != null) {
                here = failed; // an error page: the address that failed, shown again in the other language
            } else if ("POST".equals(request.getMethod()) && faces.getViewRoot() != null) {
                here = faces.getApplication().getViewHandler()
                        .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
            } else if (forwarded != null) {
                String query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
                here = query == null ? forwarded : forwarded + "?" + query;
            } else {
                String query = request.getQueryString();
                here = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
            }
        }
        return here;
    }

    private static String viewId() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? "" : faces.getViewRoot().getViewId();
    }
}
