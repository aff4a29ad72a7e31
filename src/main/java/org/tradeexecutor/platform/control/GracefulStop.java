package org.tradeexecutor.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.tradeexecutor.platform.entity.ApplicationStopping;
import org.tradeexecutor.platform.entity.DatabaseReady;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A graceful stop in the order PRODUCT O6 asks, once. Payara Micro's own shutdown hook closes the HTTP port before it
 * ends the application and destroys no CDI bean (payara/Payara#4573), so SIGTERM and SIGINT are taken here first:
 * {@link ApplicationStopping} is announced while the port still answers (intake refuses with 503, readiness says
 * stopping, fan-outs in flight finish, live connections hear {@code server.shutdown}), then the JVM exits as the
 * signal would have made it, and Payara's hook stops the rest. An undeploy announces it from the servlet context's end.
 */
@ApplicationScoped
public class GracefulStop {

    private static final Logger LOG = Logger.getLogger(GracefulStop.class.getName());
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    @Inject
    Event<ApplicationStopping> stopping;

    void takeSignals(@Observes DatabaseReady ready) {
        ANNOUNCED.set(false);
        ClassLoader application = Thread.currentThread().getContextClassLoader(); // the signal's thread has none
        try {
            for (String name : new String[]{"TERM", "INT"}) {
                sun.misc.Signal signal = new sun.misc.Signal(name);
                sun.misc.Signal.handle(signal, received -> {
                    Thread stopper = new Thread(() -> {
                        try {
                            stop();
                        } catch (RuntimeException | LinkageError failed) {
                            LOG.log(Level.SEVERE, "The graceful stop failed; stopping all the same", failed);
                        } finally {
                            Runtime.getRuntime().exit(128 + received.getNumber()); // whatever happened, the process ends
                        }
                    }, "graceful-stop");
                    stopper.setContextClassLoader(application);
                    stopper.start();
                });
            }
        } catch (RuntimeException | LinkageError unavailable) {
            LOG.log(Level.WARNING, "Stop signals cannot be taken here; a stop ends the application as Payara does", unavailable);
        }
    }

    /** Announces the stop the first time it is asked; later calls wait for nothing. */
    public void stop() {
        if (ANNOUNCED.compareAndSet(false, true)) {
            LOG.info("Stopping gracefully");
            stopping.fire(new ApplicationStopping());
            LOG.info("Stopped gracefully: intake closed, fan-outs finished, live connections told");
        }
    }
}
