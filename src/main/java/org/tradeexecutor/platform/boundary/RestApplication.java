package org.tradeexecutor.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every REST resource lives under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {
}
