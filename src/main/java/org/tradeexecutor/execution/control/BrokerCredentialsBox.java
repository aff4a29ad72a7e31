package org.tradeexecutor.execution.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.tradeexecutor.platform.control.SecretBox;

/**
 * Broker secrets are encrypted under a key of their own (PRODUCT T2): {@code BROKER_CREDENTIALS_KEY}, generated into
 * DATA_DIR/broker-credentials.key on the embedded default, required with MONGODB_URI.
 */
@ApplicationScoped
@Typed(BrokerCredentialsBox.class)
public class BrokerCredentialsBox extends SecretBox {

    @Override
    protected String keyName() {
        return "BROKER_CREDENTIALS_KEY";
    }

    @Override
    protected String keyFileName() {
        return "broker-credentials.key";
    }
}
