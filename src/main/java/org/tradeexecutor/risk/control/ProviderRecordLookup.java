package org.tradeexecutor.risk.control;

import org.tradeexecutor.risk.entity.ProviderRecord;

/** Where Kelly sizing finds a provider's record of closed trades (the analytics component keeps it). */
public interface ProviderRecordLookup {

    ProviderRecord of(String providerId);
}
