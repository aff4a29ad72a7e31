package org.tradeexecutor.signals.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.bson.types.ObjectId;
import org.tradeexecutor.platform.control.CorrelationIds;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.tradeexecutor.quotes.control.QuoteFeed;
import org.tradeexecutor.quotes.entity.Quote;
import org.tradeexecutor.quotes.entity.QuoteUnavailableException;
import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.IntakeOutcome;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.Provider;
import org.tradeexecutor.signals.entity.Signal;
import org.tradeexecutor.signals.entity.SignalAccepted;
import org.tradeexecutor.signals.entity.SignalEdited;
import org.tradeexecutor.signals.entity.SignalRefusal;
import org.tradeexecutor.signals.entity.SignalRefused;
import org.tradeexecutor.signals.entity.SignalSource;
import org.tradeexecutor.signals.entity.SignalStatus;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every input takes the same way in (PRODUCT S6): parse, store in one write, then announce a VALID signal with a CDI
 * event. A repeated message (same message id or idempotency key) finds the stored signal and creates nothing.
 * Bad input from a webhook or a person is refused and stores nothing; a Discord message is a fact of the channel and
 * is stored even when rejected, so hosts can see why nothing happened.
 */
@ApplicationScoped
public class SignalIntake {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Inject
    SignalParser parser;

    @Inject
    SignalRepository signals;

    @Inject
    Event<SignalAccepted> accepted;

    @Inject
    Event<SignalEdited> edited;

    @Inject
    Event<SignalRefused> refused;

    @Inject
    SignalAdmission admission;

    @Inject
    SignalReviews reviews;

    @Inject
    ProviderTemplates templates;

    @Inject
    QuoteFeed quotes;

    @Inject
    MetricRegistry metrics;

    @Inject
    Clock clock;

    /**
     * @param dedupKey the source's message id or the sender's idempotency key; null when there is none
     */
    public IntakeOutcome accept(Provider provider, SignalSource source, String raw, String dedupKey, String submittedBy) {
        return accept(provider, source, raw, null, dedupKey, submittedBy);
    }

    /** @param repliedTo the text of the message this one replies to, as context; may be null */
    public IntakeOutcome accept(Provider provider, SignalSource source, String raw, String repliedTo, String dedupKey, String submittedBy) {
        return store(provider, source, raw, dedupKey, submittedBy, sourceTag -> timedParse(provider, raw, repliedTo, sourceTag));
    }

    /**
     * A message of the source that does not count (another server's, an author the provider does not list): stored
     * IGNORED with the reason, unparsed and never announced, so hosts see why nothing happened.
     */
    public IntakeOutcome ignore(Provider provider, SignalSource source, String raw, String dedupKey, String submittedBy, String reason) {
        return store(provider, source, raw, dedupKey, submittedBy, sourceTag -> ParsedSignal.ignored(reason));
    }

    private IntakeOutcome store(Provider provider, SignalSource source, String raw, String dedupKey, String submittedBy,
                                Function<String, ParsedSignal> parse) {
        String sourceTag = source.name().toLowerCase(Locale.ROOT);
        metrics.counter("signals.received", new Tag("source", sourceTag)).inc();
        String id = dedupKey == null ? new ObjectId().toHexString() : provider.getId() + ":" + dedupKey;
        Optional<Signal> earlier = dedupKey == null ? Optional.empty() : signals.findById(id);
        if (earlier.isPresent()) {
            return duplicate(earlier.get());
        }
        ParsedSignal parsed = parse.apply(sourceTag);
        if (parsed.status() == ParseStatus.REJECTED && source != SignalSource.DISCORD) {
            return new IntakeOutcome.Refused(parsed);
        }
        Signal signal = new Signal(id, provider.getCommunityId(), provider.getId(), source, dedupKey, raw, submittedBy, clock.instant());
        signal.correlate(CorrelationIds.currentOrNew());
        signal.parsed(parsed, JSON.toJson(parsed), clock.instant());
        Optional<SignalRefusal> refusal = admitted(signal, parsed);
        try {
            signals.insert(signal);
        } catch (RuntimeException e) {
            // Two copies of one message raced: the other one was stored first and is the answer.
            return signals.findById(id).map(this::duplicate).orElseThrow(() -> e);
        }
        reviews.queueNew(signal);
        announce(signal, parsed, refusal, false);
        return new IntakeOutcome.Stored(signal, parsed, false);
    }

    /**
     * An edit at the source: the stored signal takes the new text and parse result. A signal that becomes VALID only
     * now is announced as accepted; one that was VALID already is announced as edited; one whose orders were planned is
     * announced no more (an edit never executes anything twice). Unknown messages are new.
     */
    public IntakeOutcome edit(Provider provider, SignalSource source, String raw, String repliedTo, String dedupKey, String submittedBy) {
        Optional<Signal> stored = signals.findById(provider.getId() + ":" + dedupKey);
        if (stored.isEmpty()) {
            return accept(provider, source, raw, repliedTo, dedupKey, submittedBy);
        }
        Signal signal = stored.get();
        boolean wasAccepted = signal.getParseStatus() == ParseStatus.VALID && signal.refusal().isEmpty();
        boolean planned = signal.getStatus() == SignalStatus.EXECUTING || signal.getStatus() == SignalStatus.EXECUTED;
        ParsedSignal parsed = timedParse(provider, raw, repliedTo, source.name().toLowerCase(Locale.ROOT));
        signal.edited(raw, parsed, JSON.toJson(parsed), clock.instant());
        Optional<SignalRefusal> refusal = planned ? Optional.empty() : admitted(signal, parsed);
        signals.save(signal);
        reviews.queue(signal);
        if (!planned) {
            announce(signal, parsed, refusal, wasAccepted);
        }
        return new IntakeOutcome.Stored(signal, parsed, false);
    }

    /** A VALID signal the community does not take is marked REJECTED with the reason before it is stored. */
    private Optional<SignalRefusal> admitted(Signal signal, ParsedSignal parsed) {
        Optional<SignalRefusal> refusal = parsed.status() == ParseStatus.VALID ? admission.refusal(signal.getCommunityId(), parsed) : Optional.empty();
        refusal.ifPresent(why -> {
            signal.refused(why, clock.instant());
            metrics.counter("signals.refused", new Tag("why", why.code())).inc();
        });
        return refusal;
    }

    /** After the write: a taken VALID signal is accepted (or, when it was accepted before an edit, edited); a refused one is told. */
    private void announce(Signal signal, ParsedSignal parsed, Optional<SignalRefusal> refusal, boolean wasAccepted) {
        if (refusal.isPresent()) {
            refused.fire(new SignalRefused(signal.getId(), signal.getCommunityId(), signal.getProviderId(), parsed.symbol(), refusal.get()));
        } else if (parsed.status() == ParseStatus.VALID && wasAccepted) {
            edited.fire(new SignalEdited(signal.getId(), signal.getCommunityId(), signal.getProviderId(), parsed));
        } else if (parsed.status() == ParseStatus.VALID) {
            accepted.fire(signal.accepted(parsed));
        }
    }

    /** The parser's reading, or — when it is not VALID — the provider's template's, if the message has its shape. */
    private ParsedSignal timedParse(Provider provider, String raw, String repliedTo, String sourceTag) {
        long start = System.nanoTime();
        ParsedSignal read = parser.measuredFromQuote(raw, parser.parse(raw, repliedTo), this::marketPrice);
        ParsedSignal parsed = read.status() == ParseStatus.VALID ? read : templates.read(provider.getId(), raw).orElse(read);
        metrics.timer("signals.parse", new Tag("source", sourceTag)).update(Duration.ofNanos(System.nanoTime() - start));
        metrics.counter("signals.parsed", new Tag("source", sourceTag),
                new Tag("status", parsed.status().name().toLowerCase(Locale.ROOT))).inc();
        return parsed;
    }

    /** What a market order on that side would pay now: the ask for a long, the bid for a short; empty without a quote. */
    private Optional<BigDecimal> marketPrice(String symbol, Direction direction) {
        try {
            Quote quote = quotes.quote(symbol);
            return Optional.of(direction == Direction.SHORT ? quote.bid() : quote.ask());
        } catch (QuoteUnavailableException | IllegalArgumentException unavailable) {
            return Optional.empty();
        }
    }

    /** The parse result that runs: as a host approved it on review (PRODUCT S6), else as the parser read it. */
    public static ParsedSignal parsedOf(Signal signal) {
        return signal.getApprovedJson() != null ? JSON.fromJson(signal.getApprovedJson(), ParsedSignal.class) : parsedAsRead(signal);
    }

    /** A parse result as signals store it (the form {@link #parsedOf} reads back). */
    static String stored(ParsedSignal parsed) {
        return JSON.toJson(parsed);
    }

    /** The parse as the parser (or the provider's template) read it, before any review. */
    public static ParsedSignal parsedAsRead(Signal signal) {
        return JSON.fromJson(signal.getParsedJson(), ParsedSignal.class);
    }

    private IntakeOutcome duplicate(Signal signal) {
        return new IntakeOutcome.Stored(signal, parsedOf(signal), true);
    }
}
