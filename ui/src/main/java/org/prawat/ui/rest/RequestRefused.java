package org.prawat.ui.rest;

import org.springframework.http.HttpStatus;

/**
 * A read the HTTP layer itself refuses (nothing to show, parameters that contradict each other),
 * answered as a problem with a stable {@code code} and the message in Thai and English.
 */
public class RequestRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String thai;

    public RequestRefused(HttpStatus status, String code, String thai, String english) {
        super(english);
        this.status = status;
        this.code = code;
        this.thai = thai;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String thai() {
        return thai;
    }

    String english() {
        return getMessage();
    }
}
