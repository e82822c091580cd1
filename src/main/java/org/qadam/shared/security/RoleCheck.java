package org.qadam.shared.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.SecurityContext;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;

import java.io.Serializable;
import java.util.Arrays;

/** Enforces {@link RequiresRole}. Runs before the transaction interceptor, so a refusal writes nothing. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck implements Serializable {

    @Inject
    SecurityContext security;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        RequiresRole required = call.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        Role[] roles = required == null ? new Role[0] : required.value();
        boolean allowed = security.getCallerPrincipal() != null
                && Arrays.stream(roles).anyMatch(role -> security.isCallerInRole(role.name()));
        if (!allowed) {
            throw new AccessDeniedException("error.accessDenied");
        }
        return call.proceed();
    }
}
