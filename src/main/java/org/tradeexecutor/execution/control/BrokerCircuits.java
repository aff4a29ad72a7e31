package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The circuit breakers of the broker adapters as their callers last met them: a method is open from the moment its
 * breaker refused a call until a call goes through again (the breaker lets one try after its delay). Readiness
 * reports it; an open breaker makes the application degraded, never down (the other brokers, the paper accounts and
 * every page still work).
 */
@ApplicationScoped
public class BrokerCircuits {

    private final Map<String, Boolean> openByMethod = new ConcurrentHashMap<>();

    void open(String broker, String method) {
        openByMethod.put(key(broker, method), true);
    }

    void passed(String broker, String method) {
        openByMethod.put(key(broker, method), false);
    }

    /** Per broker ("alpaca"): "open" when any of its methods' breakers is open, else "closed". */
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        states.put("alpaca", "closed");
        openByMethod.forEach((key, open) -> {
            String broker = key.substring(0, key.indexOf('.'));
            if (open) {
                states.put(broker, "open");
            } else {
                states.putIfAbsent(broker, "closed");
            }
        });
        return states;
    }

    /** The methods whose breaker is open, e.g. "alpaca.submit". */
    public List<String> openMethods() {
        return openByMethod.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
    }

    private static String key(String broker, String method) {
        String name = broker.endsWith("Broker") ? broker.substring(0, broker.length() - "Broker".length()) : broker;
        return name.toLowerCase(Locale.ROOT) + "." + method;
    }
}
