package org.qadam.shared.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.qadam.identity.Role;
import org.qadam.shared.AccessDeniedException;

import java.io.Serializable;

/** Enforces {@link RequiresRole}. Runs before the transaction interceptor, so a refusal writes nothing. */
@RequiresRole({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RoleCheck implements Serializable {

    @Inject
    Caller caller;

    @AroundInvoke
    Object check(InvocationContext call) throws Exception {
        RequiresRole required = call.getMethod().getAnnotation(RequiresRole.class);
        if (required == null) {
            required = call.getMethod().getDeclaringClass().getAnnotation(RequiresRole.class);
        }
        Role[] roles = required == null ? new Role[0] : required.value();
        if (!caller.hasAny(roles)) {
            throw new AccessDeniedException("error.accessDenied");
        }
        return call.proceed();
    }
}
