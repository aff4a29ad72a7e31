package org.tradeexecutor.access.entity;

/** How credentials arrived: the sign-in page starts a session; HTTP Basic authenticates one API call. */
public enum LoginChannel {
    LOGIN_PAGE, HTTP_BASIC
}
