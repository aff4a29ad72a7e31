package org.tradeexecutor.risk.entity;

/** How an order's size is found (PRODUCT X2). */
public enum SizingMode {
    /** A fixed amount of money per trade. */
    FIXED_AMOUNT,
    /** A percentage of equity per trade. */
    PERCENT_OF_EQUITY,
    /** Risk a percentage of equity between entry and stop: size = equity × risk % ÷ stop distance. */
    RISK_BASED,
    /** The Kelly fraction of the provider's record, capped. */
    KELLY;

    /**
     * Why a mode cannot be chosen yet, or null: Kelly sizes from each provider's record of closed trades, which the
     * trader's analytics will keep; until then it would refuse every order.
     */
    public String notYetOffered() {
        return this == KELLY ? "Kelly sizing needs each provider's record of closed trades, which is not kept yet; "
                + "choose FIXED_AMOUNT, PERCENT_OF_EQUITY or RISK_BASED." : null;
    }

    /** The modes a trader may choose now. */
    public static SizingMode[] offered() {
        return java.util.Arrays.stream(values()).filter(mode -> mode.notYetOffered() == null).toArray(SizingMode[]::new);
    }
}
