package org.tradeexecutor.signals.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.bson.Document;
import org.tradeexecutor.platform.control.MongoConnection;
import org.tradeexecutor.signals.entity.LabelTemplate;
import org.tradeexecutor.signals.entity.ParsedSignal;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * Each provider's template of labels (PRODUCT S6), one document by provider id: taught by a host's approved example,
 * used for that provider's messages the parser alone does not read as VALID.
 */
@ApplicationScoped
public class ProviderTemplates {

    static final String COLLECTION = "provider_templates";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    MongoConnection mongo;

    @Inject
    Clock clock;

    /** Learns the provider's template from the example; false when the example has no labels to learn. */
    public boolean learn(String providerId, String example, ParsedSignal approved) {
        Optional<LabelTemplate> template = LabelTemplates.learn(example, approved);
        template.ifPresent(learnt -> collection().replaceOne(Filters.eq("_id", providerId), new Document("_id", providerId)
                .append("template", JSON.toJson(learnt)).append("learnedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true)));
        return template.isPresent();
    }

    public Optional<LabelTemplate> of(String providerId) {
        Document stored = collection().find(Filters.eq("_id", providerId)).first();
        return stored == null ? Optional.empty() : Optional.of(JSON.fromJson(stored.getString("template"), LabelTemplate.class));
    }

    /** The message read by the provider's template, when it has one and the message its shape. */
    public Optional<ParsedSignal> read(String providerId, String message) {
        return of(providerId).flatMap(template -> LabelTemplates.read(template, message)).map(SignalDraft::build);
    }

    private MongoCollection<Document> collection() {
        return mongo.database().getCollection(COLLECTION);
    }
}
