package org.qadam.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.qadam.identity.Account;
import org.qadam.identity.Accounts;
import org.qadam.identity.Role;
import org.qadam.shared.i18n.Language;

import java.io.Serializable;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The person using this browser session: who they are (if signed in) and which language they read.
 * The only session-scoped bean. The language comes from, in order: the choice made in this session, the
 * account's preference, the language cookie, the browser's Accept-Language, English.
 */
@Named
@SessionScoped
public class ActiveUser implements Serializable {

    static final String LANGUAGE_COOKIE = "qadam-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Inject
    SecurityContext security;
    @Inject
    Accounts accounts;

    private boolean secureCookies;

    private Language language;
    private String displayName;
    private String loadedFor;

    @PostConstruct
    void readSettings() {
        // read here, not injected: a session-scoped bean may only hold passivation-capable dependencies
        secureCookies = "true".equalsIgnoreCase(ConfigProvider.getConfig()
                .getOptionalValue("qadam.cookies.secure", String.class).orElse("auto"));
    }

    public Locale getLocale() {
        return language().locale();
    }

    public Language language() {
        loadAccount();
        if (language == null) {
            language = fromCookie().orElseGet(() -> Language.bestFor(request().getHeader("Accept-Language")));
        }
        return language;
    }

    public List<Language> getLanguages() {
        return Arrays.asList(Language.values());
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getDisplayName() {
        loadAccount();
        return displayName;
    }

    public boolean is(String role) {
        return security.isCallerInRole(Role.valueOf(role).name());
    }

    public boolean isAdmin() {
        return is("ADMIN");
    }

    public boolean isCoordinator() {
        return is("COORDINATOR");
    }

    /** A trainer, coordinator or administrator: someone who runs or manages courses rather than following one. */
    public boolean isStaff() {
        return is("TRAINER") || isCoordinator() || isAdmin();
    }

    public boolean isManagingOrganisations() {
        return isAdmin() || isCoordinator();
    }

    /** Called right after a successful sign-in: the account's language wins over the session's. */
    public void signedIn(Account account) {
        loadedFor = String.valueOf(account.id());
        displayName = account.displayName();
        language = account.language();
        rememberInCookie(language);
    }

    /** The language switch: remembered for the account when signed in, in a cookie otherwise. */
    public String switchTo(String code) {
        Language chosen = Language.fromCode(code).orElse(Language.EN);
        language = chosen;
        if (isSignedIn()) {
            accounts.changeMyLanguage(chosen);
        }
        rememberInCookie(chosen);
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    public void languageChanged(Language chosen) {
        language = chosen;
        rememberInCookie(chosen);
    }

    public void nameChanged(String newName) {
        displayName = newName;
    }

    private void loadAccount() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            loadedFor = null;
            displayName = null;
            return;
        }
        if (!principal.getName().equals(loadedFor)) {
            accounts.findByPrincipal(principal.getName()).ifPresent(this::signedIn);
        }
    }

    private Optional<Language> fromCookie() {
        Cookie[] cookies = request().getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> LANGUAGE_COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }

    private void rememberInCookie(Language chosen) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, chosen.code());
        cookie.setPath(external.getRequestContextPath().isEmpty() ? "/" : external.getRequestContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request().isSecure() || secureCookies);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
