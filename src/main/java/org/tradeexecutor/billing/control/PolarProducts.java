package org.tradeexecutor.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tradeexecutor.communities.entity.Plan;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which plan each Polar product sells, from {@code POLAR_PRODUCT_PLANS}: {@code <productId>=<plan>} pairs separated by
 * commas, e.g. {@code 8f3c…=professional,1b2d…=enterprise}. A product not listed is refused (nothing changes).
 */
@ApplicationScoped
public class PolarProducts {

    @Inject
    @ConfigProperty(name = "POLAR_PRODUCT_PLANS")
    Optional<String> configured;

    private volatile Map<String, Plan> plans;

    public Optional<Plan> planOf(String productId) {
        return Optional.ofNullable(productId).map(id -> plans().get(id.trim()));
    }

    private Map<String, Plan> plans() {
        if (plans == null) {
            plans = parse(configured.orElse(""));
        }
        return plans;
    }

    /** @throws IllegalArgumentException naming the pair that is not {@code productId=plan} */
    static Map<String, Plan> parse(String text) {
        Map<String, Plan> parsed = new HashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            try {
                parsed.put(parts[0].trim(), Plan.valueOf(parts[1].trim().toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("POLAR_PRODUCT_PLANS: \"" + pair.trim() + "\" is not <productId>=free|professional|enterprise", e);
            }
        }
        return Map.copyOf(parsed);
    }
}
