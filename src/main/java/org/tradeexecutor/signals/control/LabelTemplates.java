package org.tradeexecutor.signals.control;

import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.LabelTemplate;
import org.tradeexecutor.signals.entity.OrderType;
import org.tradeexecutor.signals.entity.ParseStatus;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.SignalKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Learns a {@link LabelTemplate} from an approved example and reads a provider's next messages of the same shape by
 * it: every label of the template present, and the direction word. Pure; the template is data, never a pattern.
 */
final class LabelTemplates {

    static final String ENTRY = "entry";
    static final String STOP = "stopLoss";
    static final String TARGETS = "takeProfits";
    static final String QUANTITY = "quantity";
    static final String LEVERAGE = "leverage";
    static final String FLAG = "PROVIDER_TEMPLATE";

    private LabelTemplates() {
    }

    /** The template the example teaches, or empty when its values cannot be found after labels in its text. */
    static Optional<LabelTemplate> learn(String example, ParsedSignal approved) {
        if (approved.kind() != SignalKind.ENTRY || approved.direction() == null || approved.symbol() == null) {
            return Optional.empty();
        }
        MessageTokens tokens = MessageTokens.of(TextSignalParser.normalise(example));
        Map<String, String> labels = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        label(tokens, approved.entry(), ENTRY, labels, taken);
        label(tokens, approved.stopLoss(), STOP, labels, taken);
        approved.takeProfits().stream().findFirst().ifPresent(first -> label(tokens, first, TARGETS, labels, taken));
        label(tokens, approved.quantity(), QUANTITY, labels, taken);
        label(tokens, approved.leverage(), LEVERAGE, labels, taken);
        if (!(labels.containsKey(ENTRY) || labels.containsKey(STOP))) {
            return Optional.empty();
        }
        String directionWord = null; // a direction in words the parser knows needs none: the words say it in every message
        boolean knownDirection = false;
        for (int index = 0; index < tokens.size(); index++) {
            knownDirection |= tokens.token(index).kind() == MessageTokens.Kind.WORD && TextSignalParser.isDirectionWord(tokens.token(index).text());
        }
        if (!knownDirection) { // "Compra ORCL …": the provider's word for it stands right before the symbol
            for (int index = 1; index < tokens.size() && directionWord == null; index++) {
                if (tokens.token(index).original().equalsIgnoreCase(approved.symbol()) && tokens.token(index - 1).kind() == MessageTokens.Kind.WORD) {
                    directionWord = tokens.token(index - 1).text();
                }
            }
            if (directionWord == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new LabelTemplate(directionWord, approved.direction(), approved.entry() != null ? approved.orderType() : OrderType.MARKET, labels));
    }

    /** The field's value found after a label in the example: the label (one or two words before it) is kept. */
    private static void label(MessageTokens tokens, BigDecimal value, String field, Map<String, String> labels, Set<Integer> taken) {
        if (value == null) {
            return;
        }
        for (int index = 0; index < tokens.size(); index++) {
            if (tokens.token(index).kind() == MessageTokens.Kind.NUMBER && !taken.contains(index) && tokens.number(index).compareTo(value) == 0) {
                int word = index - 1;
                while (word >= 0 && tokens.token(word).kind() == MessageTokens.Kind.MARK) {
                    word--;
                }
                if (word >= 0 && tokens.token(word).kind() == MessageTokens.Kind.WORD) {
                    taken.add(index);
                    labels.put(field, tokens.token(word).text());
                    return;
                }
            }
        }
    }

    /** The message read by the template when it has the template's shape (its direction word and every label), else empty. */
    static Optional<SignalDraft> read(LabelTemplate template, String message) {
        MessageTokens tokens = MessageTokens.of(TextSignalParser.normalise(message));
        int directionWord = template.directionWord() == null ? -1 : firstWord(tokens, template.directionWord());
        Optional<Direction> direction = template.directionWord() == null ? TextSignalParser.directionIn(tokens)
                : directionWord < 0 ? Optional.empty() : Optional.of(template.direction());
        if (direction.isEmpty() || template.labels().values().stream().anyMatch(label -> firstWord(tokens, label) < 0)) {
            return Optional.empty();
        }
        SignalDraft draft = new SignalDraft();
        draft.kind = SignalKind.ENTRY;
        draft.direction = direction.get();
        draft.flags.add(FLAG);
        if (directionWord >= 0) {
            draft.readFrom("direction", tokens, directionWord, directionWord, "the provider's template: \"" + template.directionWord() + "\" is "
                    + template.direction());
            tokens.use(directionWord, directionWord);
        }
        for (Map.Entry<String, String> label : template.labels().entrySet()) {
            List<BigDecimal> values = valuesAfter(tokens, label.getValue(), label.getKey().equals(TARGETS), label.getKey(), draft);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            switch (label.getKey()) {
                case ENTRY -> draft.entry = values.get(0);
                case STOP -> draft.stopLoss = values.get(0);
                case TARGETS -> draft.takeProfits.addAll(values);
                case QUANTITY -> draft.quantity = values.get(0);
                case LEVERAGE -> draft.leverage = values.get(0);
                default -> { }
            }
        }
        Optional<SymbolReader.Found> symbol = SymbolReader.locate(tokens);
        if (symbol.isEmpty()) {
            return Optional.empty();
        }
        SymbolReader.explain(symbol.get(), tokens, draft);
        draft.symbol = SymbolReader.canonical(symbol.get().symbol());
        draft.assetClass = SignalRules.assetClass(draft.symbol, draft.leverage != null);
        draft.orderType = draft.entry == null ? OrderType.MARKET : template.orderType() == null ? OrderType.LIMIT : template.orderType();
        SignalRules.validate(draft);
        return draft.status == ParseStatus.IGNORED ? Optional.empty() : Optional.of(draft);
    }

    /** The numbers after each occurrence of the label (all of them for targets: "Objetivo 160 170"); the tokens are set aside. */
    private static List<BigDecimal> valuesAfter(MessageTokens tokens, String label, boolean several, String field, SignalDraft draft) {
        List<BigDecimal> values = new ArrayList<>();
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (!tokens.isWord(index, label)) {
                continue;
            }
            int number = TradeFields.afterSeparator(tokens, tokens.next(index));
            int last = -1;
            while (tokens.isNumber(number) && (several || values.isEmpty())) {
                values.add(tokens.number(number));
                last = number;
                int following = tokens.next(number);
                number = tokens.isMarkIn(following, ",/-") ? tokens.next(following) : following;
            }
            if (last >= 0) {
                draft.readFrom(field, tokens, index, last, "the provider's template: the label \"" + label + "\"");
                tokens.use(index, last);
            }
            if (!values.isEmpty() && !several) {
                return values;
            }
        }
        return values;
    }

    private static int firstWord(MessageTokens tokens, String word) {
        for (int index = tokens.next(-1); index < tokens.size(); index = tokens.next(index)) {
            if (tokens.isWord(index, word)) {
                return index;
            }
        }
        return -1;
    }
}
