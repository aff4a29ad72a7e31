package org.tradeexecutor.signals.boundary;

import jakarta.json.JsonObject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tradeexecutor.support.Fixtures;
import org.tradeexecutor.support.WebClient;

import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PRODUCT S7: hosts and a provider's owner post signals by hand; nobody else does. */
@ExtendWith(ArquillianExtension.class)
class ManualSignalIT {

    @ArquillianResource
    URL base;

    private WebClient host;
    private String providerId;
    private String caller;

    @BeforeEach
    void communityWithACallerWhoIsATrader() {
        String hostName = "manual-host-" + System.nanoTime();
        String communityId = Fixtures.createOwnedCommunity(hostName, "Manual Guild " + hostName, "ENTERPRISE");
        caller = "caller-" + System.nanoTime();
        Fixtures.addMember(communityId, Fixtures.createUser(caller, "ACTIVE", null), "TRADER");
        host = new WebClient(base).basic(hostName, "demo");
        providerId = WebClient.json(host.sendJson("POST", "/api/community/providers", "{\"name\":\"Calls\",\"type\":\"MANUAL\"}"))
                .getJsonObject("provider").getString("id");
    }

    private HttpResponse<String> post(WebClient client, String text) {
        return client.sendJson("POST", "/api/signals", "{\"providerId\":\"" + providerId + "\",\"text\":\"" + text + "\"}");
    }

    @Test
    void aHostPostsAndTheSignalIsStoredAndAudited() {
        HttpResponse<String> response = post(host, "LONG TSLA @ 240 SL 230");
        assertEquals(201, response.statusCode(), response.body());
        JsonObject posted = WebClient.json(response);
        assertEquals("VALID", posted.getString("parseStatus"));
        assertEquals("MANUAL", WebClient.json(host.get("/api/signals/" + posted.getString("signalId"))).getString("source"));
    }

    @Test
    void theOwnerPostsOnlyAfterBeingMadeOwner() {
        WebClient trader = new WebClient(base).basic(caller, "demo");
        assertEquals(403, post(trader, "LONG TSLA @ 240 SL 230").statusCode());

        String callerId = Fixtures.user(caller).getString("_id");
        assertEquals(200, host.sendJson("PUT", "/api/community/providers/" + providerId, "{\"ownerUserId\":\"" + callerId + "\"}").statusCode());
        assertEquals(201, post(trader, "LONG TSLA @ 240 SL 230").statusCode());
        assertEquals(1, Fixtures.audits("signal.manual", caller));
    }

    @Test
    void badInputIsRefusedAndOutsidersGet404() {
        assertEquals(400, post(host, "BUY DIS @ 100 SL 105").statusCode());
        assertEquals("invalid_signal", WebClient.json(post(host, "BUY DIS @ 100 SL 105")).getString("error"));
        assertEquals(400, host.sendJson("POST", "/api/signals", "{\"providerId\":\"" + providerId + "\"}").statusCode());
        assertEquals(404, post(new WebClient(base).basic("host", "demo"), "LONG TSLA").statusCode());
        assertEquals(400, host.sendJson("PUT", "/api/community/providers/" + providerId,
                "{\"ownerUserId\":\"" + Fixtures.user("trader").getString("_id") + "\"}").statusCode(), "the owner must be a member");
    }
}
