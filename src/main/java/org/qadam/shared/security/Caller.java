package org.qadam.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.qadam.identity.Role;

import java.security.Principal;
import java.util.Optional;

/**
 * Who is making this request and what roles they hold, for the role and access checks of the services
 * and the pages.
 *
 * <p>{@link SessionAuthentication} hands the container the caller on every request and leaves the same
 * caller on the request as an attribute; this reads it from there. Asking the container instead
 * ({@code SecurityContext.isCallerInRole}) goes through its JACC policy every time, and a page asks
 * dozens of times (the menu alone asks for each entry): that was a tenth of the CPU of the learner's home
 * page under load (docs/performance.md). Where the request carries no caller, as on a thread of the
 * server's own or after a sign-in that did not go through the mechanism, the container is asked.
 */
@ApplicationScoped
public class Caller {

    /** The request attribute with the {@link SessionAuthentication.SignedIn} caller of this request. */
    static final String ATTRIBUTE = "qadam.caller";

    @Inject
    SecurityContext security;
    @Inject
    HttpServletRequest request;

    /** The signed-in account's principal name (its id), if anyone is signed in. */
    public Optional<String> name() {
        SessionAuthentication.SignedIn signedIn = fromRequest();
        if (signedIn != null) {
            return Optional.of(signedIn.name());
        }
        Principal principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : Optional.of(principal.getName());
    }

    public boolean isSignedIn() {
        return name().isPresent();
    }

    public boolean has(Role role) {
        SessionAuthentication.SignedIn signedIn = fromRequest();
        if (signedIn != null) {
            return signedIn.groups().contains(role.name());
        }
        return security.getCallerPrincipal() != null && security.isCallerInRole(role.name());
    }

    public boolean hasAny(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    private SessionAuthentication.SignedIn fromRequest() {
        try {
            return request.getAttribute(ATTRIBUTE) instanceof SessionAuthentication.SignedIn signedIn ? signedIn : null;
        } catch (RuntimeException noRequest) {
            // no HTTP request on this thread (a task of the server's own, an asynchronous call): Weld refuses the
            // injected request with a ContextNotActiveException or an IllegalStateException; the container knows
            return null;
        }
    }
}
