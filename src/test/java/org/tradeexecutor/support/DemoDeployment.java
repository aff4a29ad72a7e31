package org.tradeexecutor.support;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A demo deployment in its own server process(es) on its own database of the test store: the demo data (trader
 * "trader", the provider "Demo Signals" with webhook secret "demo-secret"), the paper broker, quotes that hold still
 * unless told otherwise.
 */
public final class DemoDeployment {

    public final MongoDatabase db;
    public final Map<String, String> settings;

    /** Empties the named database: the first server to start seeds it. */
    public DemoDeployment(String database) {
        db = TestStore.database(database);
        db.drop();
        settings = new HashMap<>(Map.of("MONGODB_URI", TestStore.uri(database), "DEMO_MODE", "true", "PASSWORD_HASH_ITERATIONS", "10000",
                "QUOTES_VOLATILITY_PERCENT", "0", "ENCRYPTION_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="));
    }

    /** Changes one setting for the servers started after this. */
    public DemoDeployment with(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /** Posts a signal to the demo provider's webhook on that server, signed now as its channel would; answers the status. */
    public HttpResponse<String> signal(ServerProcess server, String body) throws IOException, InterruptedException {
        return signal(server, body, Instant.now().getEpochSecond());
    }

    /** The same, signed with the given time: the same body and time make the same delivery again (a replay). */
    public HttpResponse<String> signal(ServerProcess server, String body, long epochSeconds) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                SignedWebhook.request(server.uri("/api/webhooks/providers/" + providerId()), "demo-secret", body, epochSeconds).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The demo provider "Demo Signals". */
    public String providerId() {
        return db.getCollection("providers").find(new Document("name", "Demo Signals")).first().getString("_id");
    }

    public String userId(String username) {
        return db.getCollection("users").find(new Document("username", username)).first().getString("_id");
    }
}
