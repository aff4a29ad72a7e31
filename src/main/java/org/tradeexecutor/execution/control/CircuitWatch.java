package org.tradeexecutor.execution.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * Sits outside MicroProfile Fault Tolerance (a lower priority runs first) and sees what its circuit breakers do to each
 * call of the adapter: refused as open, or answered. {@link BrokerCircuits} keeps the state per broker and method.
 */
@WatchedCircuit
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CircuitWatch {

    @Inject
    BrokerCircuits circuits;

    @AroundInvoke
    Object watch(InvocationContext call) throws Exception {
        String broker = call.getMethod().getDeclaringClass().getSimpleName();
        String method = call.getMethod().getName();
        try {
            Object result = call.proceed();
            circuits.passed(broker, method);
            return result;
        } catch (CircuitBreakerOpenException open) {
            circuits.open(broker, method);
            throw open;
        } catch (Exception other) {
            circuits.passed(broker, method); // the call went through the breaker; its failure is counted there
            throw other;
        }
    }
}
