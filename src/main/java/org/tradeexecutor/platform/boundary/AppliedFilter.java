package org.tradeexecutor.platform.boundary;

import jakarta.faces.context.FacesContext;
import org.tradeexecutor.platform.entity.InvalidRequest;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static org.tradeexecutor.platform.boundary.PageMessages.error;

/**
 * A page's filter kept as the API's query parameters: what the form asks for is checked by the API's own parser and
 * kept only if every part of it can be used, so that the table, its total and the page's CSV link are the very query
 * of the API.
 */
public final class AppliedFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> applied = new LinkedHashMap<>();

    /** The parameters of a form: name, value, name, value…; blank values are left out, the others trimmed. */
    public static LinkedHashMap<String, String> parameters(String... namesAndValues) {
        LinkedHashMap<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                parameters.put(namesAndValues[i], value.trim());
            }
        }
        return parameters;
    }

    /** Takes the wanted filter if {@code check} accepts it; otherwise says on the page which part cannot be used and keeps the one in force. */
    public void apply(LinkedHashMap<String, String> wanted, Consumer<Map<String, String>> check) {
        try {
            check.accept(wanted);
            applied.clear();
            applied.putAll(wanted);
        } catch (InvalidRequest refused) {
            error("The filter was not applied: " + refused.getMessage());
        }
    }

    public void clear() {
        applied.clear();
    }

    /** The filter in force. */
    public Map<String, String> get() {
        return applied;
    }

    /** An address of this application with the filter in force and the extra parameters as its query. */
    public String url(String path, Map<String, String> extra) {
        Map<String, String> parameters = new LinkedHashMap<>(applied);
        parameters.putAll(extra);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path
                + (parameters.isEmpty() ? "" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")));
    }
}
