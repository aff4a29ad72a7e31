package org.tradeexecutor.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.tradeexecutor.communities.entity.CommunityRole;
import org.tradeexecutor.demo.entity.DemoAccount;
import org.tradeexecutor.platform.control.MongoConnection;

import java.util.List;

/**
 * Demo mode: on by default on the embedded store, off on an external MongoDB (DEMO_MODE=true|false|auto).
 * Only in demo mode are accounts with a known password (DEMO_PASSWORD, default "demo") created.
 */
@Named
@ApplicationScoped
public class DemoMode {

    public static final String COMMUNITY_NAME = "Demo Community";
    public static final String PROVIDER_NAME = "Demo Signals";

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("host", "Hannah Host", CommunityRole.OWNER, false),
            new DemoAccount("admin", "Ada Admin", CommunityRole.ADMIN, true),
            new DemoAccount("mod", "Max Moderator", CommunityRole.MODERATOR, false),
            new DemoAccount("trader", "Tara Trader", CommunityRole.TRADER, false),
            new DemoAccount("trader2", "Theo Trader", CommunityRole.TRADER, false),
            new DemoAccount("viewer", "Vic Viewer", CommunityRole.VIEWER, false));
    /** The demo accounts that follow the demo provider. */
    static final List<String> FOLLOWERS = List.of("trader", "trader2");

    @Inject
    Config config;

    @Inject
    MongoConnection connection;

    public boolean isEnabled() {
        String setting = config.getOptionalValue("DEMO_MODE", String.class).orElse("auto").trim();
        return "auto".equalsIgnoreCase(setting) ? connection.embedded() : "true".equalsIgnoreCase(setting);
    }

    public String getPassword() {
        return config.getOptionalValue("DEMO_PASSWORD", String.class).orElse("demo");
    }

    /** The secret of the demo webhook provider (DEMO_WEBHOOK_SECRET, default "demo-secret"). */
    public String getWebhookSecret() {
        return config.getOptionalValue("DEMO_WEBHOOK_SECRET", String.class).orElse("demo-secret");
    }

    /** Extra demo traders following the demo provider, for benchmarks and load tests (DEMO_FOLLOWERS, default 0). */
    public int getExtraFollowers() {
        return config.getOptionalValue("DEMO_FOLLOWERS", Integer.class).orElse(0);
    }

    public List<DemoAccount> getAccounts() {
        return ACCOUNTS;
    }
}
