package org.qadam.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through Jakarta Security: the login page calls {@code SecurityContext.authenticate}, the
 * {@code AccountIdentityStore} checks the password. A protected page visited without a session
 * redirects to the login page and, after a successful login, back to the page asked for.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"LEARNER", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecuritySetup {
}
