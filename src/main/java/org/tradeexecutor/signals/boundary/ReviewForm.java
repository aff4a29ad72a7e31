package org.tradeexecutor.signals.boundary;

import org.tradeexecutor.signals.entity.Direction;
import org.tradeexecutor.signals.entity.ParsedSignal;
import org.tradeexecutor.signals.entity.ReviewCorrection;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A host's corrections to one waiting signal on the signals page, filled in with what the parser read. */
public class ReviewForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ParsedSignal parsed;
    private String symbol;
    private Direction direction;
    private BigDecimal entry;
    private BigDecimal stopLoss;
    private String takeProfits;
    private BigDecimal updatePrice;
    private BigDecimal sizePercent;
    private boolean asExample;

    ReviewForm(ParsedSignal parsed) {
        this.parsed = parsed;
        this.symbol = parsed.symbol();
        this.direction = parsed.direction();
        this.entry = parsed.entry();
        this.stopLoss = parsed.stopLoss();
        this.takeProfits = parsed.takeProfits().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "));
        this.updatePrice = parsed.update() == null ? null : parsed.update().price();
        this.sizePercent = parsed.sizePercent();
    }

    /** Only what the host changed; a target list that does not read as numbers is refused by the caller. */
    ReviewCorrection correction() {
        List<BigDecimal> targets = new ArrayList<>();
        for (String target : (takeProfits == null ? "" : takeProfits).split("[,;/\\s]+")) {
            if (!target.isBlank()) {
                targets.add(new BigDecimal(target.trim()));
            }
        }
        return new ReviewCorrection(Objects.equals(symbol, parsed.symbol()) ? null : symbol,
                direction == parsed.direction() ? null : direction, null,
                same(entry, parsed.entry()) ? null : entry, null, null, same(stopLoss, parsed.stopLoss()) ? null : stopLoss,
                targets.equals(parsed.takeProfits()) ? null : targets, null, same(sizePercent, parsed.sizePercent()) ? null : sizePercent,
                null, null, parsed.update() != null && same(updatePrice, parsed.update().price()) ? null : updatePrice);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    public ParsedSignal getParsed() { return parsed; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public Direction getDirection() { return direction; }
    public void setDirection(Direction direction) { this.direction = direction; }
    public BigDecimal getEntry() { return entry; }
    public void setEntry(BigDecimal entry) { this.entry = entry; }
    public BigDecimal getStopLoss() { return stopLoss; }
    public void setStopLoss(BigDecimal stopLoss) { this.stopLoss = stopLoss; }
    public String getTakeProfits() { return takeProfits; }
    public void setTakeProfits(String takeProfits) { this.takeProfits = takeProfits; }
    public BigDecimal getUpdatePrice() { return updatePrice; }
    public void setUpdatePrice(BigDecimal updatePrice) { this.updatePrice = updatePrice; }
    public BigDecimal getSizePercent() { return sizePercent; }
    public void setSizePercent(BigDecimal sizePercent) { this.sizePercent = sizePercent; }
    public boolean isAsExample() { return asExample; }
    public void setAsExample(boolean asExample) { this.asExample = asExample; }
}
