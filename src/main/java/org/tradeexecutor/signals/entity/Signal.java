package org.tradeexecutor.signals.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Convert;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import org.tradeexecutor.platform.entity.InstantAsDate;

import java.time.Instant;
import java.util.Optional;

/**
 * One accepted input, stored before anything acts on it (PRODUCT S6). When the source gives a message id or an
 * idempotency key the id is the natural key {@code providerId:key}, so a repeat can never be stored twice.
 */
@Entity("signals")
public class Signal {

    @Id
    private String id;
    @Column
    private String communityId;
    @Column
    private String providerId;
    @Column
    private SignalSource source;
    @Column
    private String sourceMessageId;
    @Column
    private String rawText;
    @Column
    private SignalStatus status;
    /** The parse result (PRODUCT S5) as JSON: the execution component reads it back. */
    @Column
    private String parsedJson;
    @Column
    private ParseStatus parseStatus;
    @Column
    private SignalKind kind;
    @Column
    private String symbol;
    @Column
    private String submittedBy;
    @Column
    private int edits;
    /** Set when the community refused a well-read signal ({@link SignalRefusal#code()}). */
    @Column
    private String refusal;
    @Column
    private String refusalReason;
    /** The correlation id of the work that brought it (the request's X-Request-Id, or one of its own): on its executions and log lines. */
    @Column
    private String correlationId;
    /** PRODUCT S6: set while a NEEDS_REVIEW parse waits for a host, and to the host's decision after. */
    @Column
    private ReviewState review;
    /** The parse as a host approved it (with their corrections): what runs. The parse itself stays in {@code parsedJson}. */
    @Column
    private String approvedJson;
    @Column
    private String reviewedBy;
    @Column
    @Convert(InstantAsDate.class)
    private Instant reviewedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant receivedAt;
    @Column
    @Convert(InstantAsDate.class)
    private Instant updatedAt;

    public Signal() {
    }

    public Signal(String id, String communityId, String providerId, SignalSource source, String sourceMessageId, String rawText,
                  String submittedBy, Instant receivedAt) {
        this.id = id;
        this.communityId = communityId;
        this.providerId = providerId;
        this.source = source;
        this.sourceMessageId = sourceMessageId;
        this.rawText = rawText;
        this.submittedBy = submittedBy;
        this.status = SignalStatus.RECEIVED;
        this.receivedAt = receivedAt;
        this.updatedAt = receivedAt;
    }

    /** The message was edited at its source: new text, new parse result, same signal. */
    /**
     * Takes an edit at the source. A signal whose orders were planned already (EXECUTING, EXECUTED) keeps that status:
     * an edit never runs it again, not even after a restart; the new text is kept for the hosts to see.
     */
    public void edited(String rawText, ParsedSignal parsed, String parsedJson, Instant when) {
        this.rawText = rawText;
        this.edits++;
        SignalStatus planned = status == SignalStatus.EXECUTING || status == SignalStatus.EXECUTED ? status : null;
        parsed(parsed, parsedJson, when);
        if (planned != null) {
            status = planned;
        }
    }

    /** Records the parse result and the status it leads to. */
    public void parsed(ParsedSignal parsed, String parsedJson, Instant when) {
        this.parsedJson = parsedJson;
        this.parseStatus = parsed.status();
        this.kind = parsed.kind();
        this.symbol = parsed.symbol();
        this.refusal = null;
        this.refusalReason = null;
        this.status = switch (parsed.status()) {
            case VALID, NEEDS_REVIEW -> SignalStatus.PARSED;
            case IGNORED -> SignalStatus.IGNORED;
            case REJECTED -> SignalStatus.REJECTED;
        };
        if (review != ReviewState.APPROVED && review != ReviewState.DISMISSED) { // a decision stays
            this.review = parsed.status() == ParseStatus.NEEDS_REVIEW ? ReviewState.PENDING : null;
        }
        this.updatedAt = when;
    }

    /** The community does not take this signal: REJECTED with the reason, never announced. */
    public void refused(SignalRefusal why, Instant when) {
        this.status = SignalStatus.REJECTED;
        this.refusal = why.code();
        this.refusalReason = why.reason();
        this.updatedAt = when;
    }

    public Optional<SignalRefusal> refusal() {
        return refusal == null ? Optional.empty() : Optional.of(new SignalRefusal(refusal, refusalReason));
    }

    /** The execution component has started (EXECUTING) or finished (EXECUTED) planning the orders of this signal. */
    public void execution(SignalStatus status, Instant when) {
        this.status = status;
        this.updatedAt = when;
    }

    public String getId() { return id; }
    public String getCommunityId() { return communityId; }
    public String getProviderId() { return providerId; }
    public SignalSource getSource() { return source; }
    public String getSourceMessageId() { return sourceMessageId; }
    public String getRawText() { return rawText; }
    public SignalStatus getStatus() { return status; }
    public String getParsedJson() { return parsedJson; }
    public ParseStatus getParseStatus() { return parseStatus; }
    public SignalKind getKind() { return kind; }
    public String getSymbol() { return symbol; }
    public String getSubmittedBy() { return submittedBy; }
    public int getEdits() { return edits; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getCorrelationId() { return correlationId; }
    public void correlate(String correlationId) { this.correlationId = correlationId; }

    /** This signal, stored, as the event that has it executed with what is to run of it. */
    public SignalAccepted accepted(ParsedSignal toRun) {
        return new SignalAccepted(id, communityId, providerId, toRun, receivedAt, correlationId);
    }
    public Instant getUpdatedAt() { return updatedAt; }
    public ReviewState getReview() { return review; }
    public String getApprovedJson() { return approvedJson; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
