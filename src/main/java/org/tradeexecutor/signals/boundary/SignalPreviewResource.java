package org.tradeexecutor.signals.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.platform.entity.ApiError;
import org.tradeexecutor.signals.control.SignalParser;
import org.tradeexecutor.signals.entity.ExplainedSignal;

import java.io.StringReader;

/** PRODUCT S5: what the parser makes of a message or payload, for any signed-in user. Stores and executes nothing. */
@Path("signals/preview")
public class SignalPreviewResource {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** Longer than any chat message (Discord: 4,000 characters) or alert payload. */
    static final int MAX_LENGTH = 16_000;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalParser parser;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public Response preview(@QueryParam("explain") boolean explain, String body) {
        currentUser.require();
        if (body != null && body.length() > MAX_LENGTH) {
            return Response.status(400).entity(new ApiError("too_long", "A signal has at most " + MAX_LENGTH + " characters.")).build();
        }
        if (!explain) {
            return Response.ok(parser.parse(body)).build();
        }
        // PRODUCT S5: the same result, and for each field the text it came from and the rule that read it.
        ExplainedSignal explained = parser.explain(body);
        JsonObject signal = Json.createReader(new StringReader(JSON.toJson(explained.signal()))).readObject();
        JsonArray explanation = Json.createReader(new StringReader(JSON.toJson(explained.explanation()))).readArray();
        return Response.ok(Json.createObjectBuilder(signal).add("explanation", explanation).build()).build();
    }
}
