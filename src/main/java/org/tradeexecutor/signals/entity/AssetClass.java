package org.tradeexecutor.signals.entity;

/** What the symbol is traded as. */
public enum AssetClass {
    STOCK, OPTION, CRYPTO, FOREX
}
