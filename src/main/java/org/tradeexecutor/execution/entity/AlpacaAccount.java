package org.tradeexecutor.execution.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** Alpaca's account ({@code GET /v2/account}); amounts are strings there. {@code lastEquity} is yesterday's close. */
public record AlpacaAccount(@JsonbProperty("equity") String equity, @JsonbProperty("cash") String cash,
                            @JsonbProperty("buying_power") String buyingPower, @JsonbProperty("last_equity") String lastEquity,
                            @JsonbProperty("status") String status) {
}
