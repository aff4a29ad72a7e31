package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.ReviewCorrection;
import org.tradeexecutor.signals.entity.SignalKind;
import org.tradeexecutor.signals.entity.UpdateAction;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A parse as a host approves it (PRODUCT S6): the corrections applied, then the rules every signal obeys. A doubt the
 * host has looked at (a target on the wrong side, a spread, high leverage) no longer holds it back; a rule that makes
 * a signal unsafe (a stop on the wrong side, a price of 0, a stop move without its price) still refuses it.
 */
final class ReviewedSignal {

    private ReviewedSignal() {
    }

    static SignalDraft corrected(ParsedSignal parsed, ReviewCorrection correction) {
        SignalDraft draft = new SignalDraft();
        draft.kind = parsed.kind();
        draft.symbol = correction.symbol() != null && !correction.symbol().isBlank() ? correction.symbol().trim().toUpperCase(Locale.ROOT) : parsed.symbol();
        draft.assetClass = correction.symbol() != null && !correction.symbol().isBlank() && parsed.option() == null
                ? SignalRules.assetClass(draft.symbol, parsed.leverage() != null || correction.leverage() != null) : parsed.assetClass();
        draft.direction = correction.direction() != null ? correction.direction() : parsed.direction();
        draft.orderType = correction.orderType() != null ? correction.orderType() : parsed.orderType();
        draft.entry = parsed.entry();
        draft.entryRange = parsed.entryRange();
        if (correction.entryLow() != null && correction.entryHigh() != null) {
            draft.entryRange = new ParsedSignal.PriceRange(correction.entryLow().min(correction.entryHigh()), correction.entryLow().max(correction.entryHigh()));
            draft.entry = null;
        } else if (correction.entry() != null) {
            draft.entry = correction.entry();
            draft.entryRange = null;
        }
        draft.stopLoss = correction.stopLoss() != null ? correction.stopLoss() : parsed.stopLoss();
        draft.takeProfits.addAll(correction.takeProfits() != null ? correction.takeProfits() : parsed.takeProfits());
        draft.quantity = correction.quantity() != null ? correction.quantity() : parsed.quantity();
        draft.sizePercent = correction.sizePercent() != null ? correction.sizePercent() : parsed.sizePercent();
        draft.leverage = correction.leverage() != null ? correction.leverage() : parsed.leverage();
        draft.option = parsed.option() == null || correction.expiration() == null ? parsed.option()
                : new ParsedSignal.OptionContract(parsed.option().right(), parsed.option().strike(), correction.expiration());
        draft.update = parsed.update() == null || correction.updatePrice() == null ? parsed.update()
                : new ParsedSignal.Update(parsed.update().action(), correction.updatePrice());
        draft.flags.addAll(parsed.flags());
        draft.flags.add("APPROVED_ON_REVIEW");
        if ((draft.entry != null || draft.entryRange != null) && draft.orderType == OrderType.MARKET
                && correction.orderType() == null && (correction.entry() != null || correction.entryLow() != null)) {
            draft.orderType = OrderType.LIMIT; // a price written in by the host is a limit
        }
        checkWhatMustBeThere(draft);
        if (draft.status != ParseStatus.REJECTED && draft.kind == SignalKind.ENTRY) {
            SignalRules.validate(draft);
        }
        if (draft.status == ParseStatus.NEEDS_REVIEW) {
            draft.status = ParseStatus.VALID;
        }
        draft.reasons.add(0, "Approved on review.");
        return draft;
    }

    private static void checkWhatMustBeThere(SignalDraft draft) {
        if (draft.kind == null || draft.symbol == null || draft.symbol.isBlank()) {
            draft.reject("An approved signal needs its kind and symbol.");
        }
        if (draft.kind == SignalKind.ENTRY && draft.direction == null) {
            draft.reject("An entry needs its direction.");
        }
        UpdateAction action = draft.update == null ? null : draft.update.action();
        if (action == UpdateAction.MOVE_STOP && draft.update.price() == null) {
            draft.reject("A stop move needs the new stop's price (updatePrice).");
        }
        if (action == UpdateAction.CLOSE_PARTIAL && draft.sizePercent == null) {
            draft.reject("A partial close needs how much to close (sizePercent).");
        }
        if (draft.flags.contains(OptionSignalReader.SPREAD)) {
            draft.reject("A spread cannot be executed here (one leg would be another trade): dismiss it.");
        }
        if (draft.option != null && draft.option.expiration() == null) {
            draft.reject("An option needs its expiry (expiration).");
        }
        for (BigDecimal price : new BigDecimal[]{draft.entry, draft.stopLoss, draft.quantity, draft.sizePercent, draft.leverage}) {
            if (price != null && price.signum() <= 0) {
                draft.reject("A corrected number must be above 0.");
                return;
            }
        }
    }
}
