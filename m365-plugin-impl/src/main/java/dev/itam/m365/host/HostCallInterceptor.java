package dev.itam.m365.host;

import dev.itam.m365.audit.application.HostCalls;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs a host call as the host's, so the audit log names the host as who acted, not whichever user
 * the host application's own request may carry.
 */
@HostCall
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class HostCallInterceptor {

    @AroundInvoke
    Object asHost(InvocationContext invocation) throws Exception {
        return HostCalls.during(invocation::proceed);
    }
}
