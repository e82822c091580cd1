package org.qadam.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import org.qadam.identity.Account;
import org.qadam.identity.Accounts;
import org.qadam.identity.Role;
import org.qadam.shared.i18n.Language;
import org.qadam.shared.security.Caller;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Caller caller;
    @Inject
    Accounts accounts;

    private boolean secureCookies;

    private Language language;
    private String displayName;
    private String loadedFor;
    private String signOutToken;

    @PostConstruct
    void readSettings() {
        // read here, not injected: a session-scoped bean may only hold passivation-capable dependencies
        secureCookies = "true".equalsIgnoreCase(ConfigProvider.getConfig()
                .getOptionalValue("qadam.cookies.secure", String.class).orElse("auto"));
        // made once with the session, so that two pages rendered at once carry the same one
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        signOutToken = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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
        return caller.isSignedIn();
    }

    public String getDisplayName() {
        loadAccount();
        return displayName;
    }

    public boolean is(String role) {
        return caller.has(Role.valueOf(role));
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

    /**
     * The language switch ({@link LanguageSwitch}): remembered for the account when signed in, and in a
     * cookie for the next visit.
     */
    public void switchTo(Language chosen, HttpServletRequest request, HttpServletResponse response) {
        language = chosen;
        if (isSignedIn()) {
            accounts.changeMyLanguage(chosen);
        }
        rememberInCookie(chosen, request, response);
    }

    /**
     * A random value of this session that the sign-out form sends back ({@link SignOut}), so that another
     * site cannot sign a person out by posting to Qadam.
     */
    public String getSignOutToken() {
        return signOutToken;
    }

    boolean isSignOutToken(String sent) {
        return sent != null && MessageDigest.isEqual(signOutToken.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }

    public void languageChanged(Language chosen) {
        language = chosen;
        rememberInCookie(chosen);
    }

    public void nameChanged(String newName) {
        displayName = newName;
    }

    private void loadAccount() {
        String name = caller.name().orElse(null);
        if (name == null) {
            loadedFor = null;
            displayName = null;
            return;
        }
        if (!name.equals(loadedFor)) {
            accounts.findByPrincipal(name).ifPresent(this::signedIn);
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
        rememberInCookie(chosen, (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
    }

    private void rememberInCookie(Language chosen, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(LANGUAGE_COOKIE, chosen.code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || secureCookies);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
