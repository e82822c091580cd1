package org.qadam.shared.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of Qadam. Sign-in is {@link SessionAuthentication}; the {@code AccountIdentityStore} checks
 * the password.
 */
@DeclareRoles({"LEARNER", "TRAINER", "COORDINATOR", "ADMIN"})
@ApplicationScoped
public class SecuritySetup {
}
