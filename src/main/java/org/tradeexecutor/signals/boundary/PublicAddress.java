package org.tradeexecutor.signals.boundary;

import jakarta.servlet.http.HttpServletRequest;

/** The address the application is reached at, as the request shows it: the start of every webhook URL we hand out. */
final class PublicAddress {

    private PublicAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
    }
}
