package org.tradeexecutor.analytics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.tradeexecutor.analytics.entity.ProviderTrackRecord;

/** The record dashboard/provider.xhtml shows: found by {@link ProviderPageServlet} for this request. */
@Named
@RequestScoped
public class ProviderRecordView {

    @Inject
    HttpServletRequest request;

    public ProviderTrackRecord getRecord() {
        return (ProviderTrackRecord) request.getAttribute(ProviderPageServlet.RECORD);
    }
}
