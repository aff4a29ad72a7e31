package org.tradeexecutor.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.tradeexecutor.platform.control.GracefulStop;

/** An undeploy (or a stop that did not come by signal) ends the servlet context: the graceful stop, if it has not run yet. */
@WebListener
public class ApplicationStopListener implements ServletContextListener {

    @Inject
    GracefulStop gracefulStop;

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        gracefulStop.stop();
    }
}
