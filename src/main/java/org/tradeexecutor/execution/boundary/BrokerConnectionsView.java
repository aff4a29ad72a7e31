package org.tradeexecutor.execution.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.access.control.CurrentUser;
import org.tradeexecutor.access.entity.SignedInUser;
import org.tradeexecutor.audit.control.RequestOrigins;
import org.tradeexecutor.execution.control.BrokerConnections;
import org.tradeexecutor.execution.entity.BrokerConnection;
import org.tradeexecutor.execution.entity.BrokerConnectionView;
import org.tradeexecutor.execution.entity.BrokerKind;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

import static org.tradeexecutor.platform.boundary.PageMessages.error;
import static org.tradeexecutor.platform.boundary.PageMessages.info;

/**
 * Backing bean of dashboard/trader/brokers.xhtml (PRODUCT T2): the trader's broker accounts, an Alpaca account added
 * (its keys checked with Alpaca first), tested, made primary, removed — what {@code /api/trader/broker-connections}
 * does, through the same {@link BrokerConnections}. The secret is never shown back, not even in the form.
 */
@Named
@ViewScoped
public class BrokerConnectionsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_FIELD = 200;

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser currentUser;

    @Inject
    BrokerConnections connections;

    private String label;
    private String keyId;
    private String secret;
    private boolean paper = true;

    public List<BrokerConnectionView> getAccounts() {
        return connections.of(user().id()).stream().map(BrokerConnectionView::of).toList();
    }

    public void connect() {
        if (blank(keyId) || blank(secret)) {
            error("Enter the key id and the secret key Alpaca shows under API keys.");
            return;
        }
        if (keyId.length() > MAX_FIELD || secret.length() > MAX_FIELD || (label != null && label.length() > MAX_FIELD)) {
            error("A key id, secret or name of at most " + MAX_FIELD + " characters.");
            return;
        }
        String name = blank(label) ? (paper ? "Alpaca paper" : "Alpaca live") : label.trim();
        BrokerConnections.Result result = connections.connectAlpaca(user().id(), name, keyId.trim(), secret.trim(), paper, user().actor(),
                RequestOrigins.of(request));
        secret = null;
        if (result.connection() == null) {
            error("Alpaca did not accept these keys: " + result.problem());
            return;
        }
        keyId = null;
        label = null;
        info(name + " is connected. Make it primary to send your orders there.");
    }

    public void test(String connectionId) {
        own(connectionId).ifPresent(c -> connections.test(c).ifPresentOrElse(
                problem -> error(c.label() + " did not answer: " + problem),
                () -> info(c.label() + " answers: the keys work.")));
    }

    public void makePrimary(String connectionId) {
        own(connectionId).ifPresent(c -> {
            connections.makePrimary(c, user().actor(), RequestOrigins.of(request));
            info("Orders go to " + c.label() + " from now on.");
        });
    }

    public void remove(String connectionId) {
        own(connectionId).ifPresent(c -> {
            if (c.kind() == BrokerKind.PAPER) {
                error("The paper account cannot be removed.");
                return;
            }
            connections.remove(c, user().actor(), RequestOrigins.of(request));
            info(c.label() + " is removed" + (c.primary() ? "; orders go to the paper account again." : "."));
        });
    }

    /** Only the trader's own accounts: an id of someone else's is answered as if it did not exist. */
    private Optional<BrokerConnection> own(String connectionId) {
        Optional<BrokerConnection> found = connections.find(connectionId).filter(c -> c.userId().equals(user().id()));
        if (found.isEmpty()) {
            error("No such broker account of yours.");
        }
        return found;
    }

    private SignedInUser user() {
        return currentUser.require();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getKeyId() { return keyId; }
    public void setKeyId(String keyId) { this.keyId = keyId; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public boolean isPaper() { return paper; }
    public void setPaper(boolean paper) { this.paper = paper; }
}
