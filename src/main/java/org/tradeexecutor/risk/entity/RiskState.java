package org.tradeexecutor.risk.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One trader's entries still on their way (see {@link Reservation}), under a version: every decision that adds one is
 * a write of the next version, so two decisions for the same trader — on any instances — are serialised: the second
 * finds the version moved and decides again, seeing the first.
 *
 * @param version 0 while the trader has no document yet
 */
public record RiskState(String userId, long version, List<Reservation> reservations) {

    public RiskState {
        reservations = List.copyOf(reservations);
    }

    public static RiskState none(String userId) {
        return new RiskState(userId, 0, List.of());
    }

    /** The same state with only the reservations that pass (the ones still on their way). */
    public RiskState keeping(Predicate<Reservation> stillOnItsWay) {
        return new RiskState(userId, version, reservations.stream().filter(stillOnItsWay).toList());
    }

    /** The account as the risk gate is to see it: reservations count as open positions and are no longer buying power. */
    public AccountView including(AccountSnapshot account, List<OpenPosition> positions) {
        List<OpenPosition> all = new ArrayList<>(positions);
        BigDecimal reserved = BigDecimal.ZERO;
        for (Reservation reservation : reservations) {
            all.add(OpenPosition.reserved(reservation.symbol(), reservation.value()));
            reserved = reserved.add(reservation.value());
        }
        return new AccountView(new AccountSnapshot(account.equity(), account.cash(), account.buyingPower().subtract(reserved).max(BigDecimal.ZERO)), all);
    }

    /** @param account with buying power less what is reserved  @param positions held ones and reserved ones */
    public record AccountView(AccountSnapshot account, List<OpenPosition> positions) {
    }
}
