package org.tradeexecutor.support;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.tradeexecutor.signals.control.WebhookSignature;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    /** Posts a signal to the demo provider's webhook on that server, signed as its channel would; answers the status. */
    public HttpResponse<String> signal(ServerProcess server, String body) throws IOException, InterruptedException {
        String providerId = db.getCollection("providers").find(new Document("name", "Demo Signals")).first().getString("_id");
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(server.uri("/api/webhooks/providers/" + providerId))
                        .header("X-Signature", WebhookSignature.sign("demo-secret", body.getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String userId(String username) {
        return db.getCollection("users").find(new Document("username", username)).first().getString("_id");
    }
}
