package org.qadam.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qadam.identity.Accounts;
import org.qadam.identity.LoginThrottle;
import org.qadam.shared.web.Feedback;

import java.time.Duration;
import java.time.Instant;

/** Backs login.xhtml. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    SecurityContext security;
    @Inject
    LoginThrottle throttle;
    @Inject
    Accounts accounts;
    @Inject
    ActiveUser activeUser;
    @Inject
    ClientAddress clientAddress;

    private String email;
    private String password;

    public String signIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        String address = clientAddress.of(request);

        Duration wait = throttle.waitBeforeNextAttempt(email, address);
        if (!wait.isZero()) {
            Feedback.error("login.throttled", Math.max(1, (wait.toMillis() + 999) / 1000));
            return null;
        }
        // Counted as failed before the check, taken back on success: parallel guesses cannot all slip
        // through the throttle while the first password hash is still being computed.
        throttle.failed(email, address);
        // A new session id at sign-in, so that an id planted before it is worth nothing after.
        request.getSession(true);
        request.changeSessionId();
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(),
                        new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS, SEND_CONTINUE -> {
                throttle.succeeded(email, address);
                request.getSession().setAttribute(RevokedSessions.SIGNED_IN_AT, Instant.now());
                accounts.forSignIn(email).ifPresent(activeUser::signedIn);
                if (status == AuthenticationStatus.SEND_CONTINUE) {
                    // the mechanism has redirected to the page asked for before sign-in
                    faces.responseComplete();
                    return null;
                }
                return "/index.xhtml?faces-redirect=true";
            }
            default -> {
                Feedback.error("login.failed");
                return null;
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
