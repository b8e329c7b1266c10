package org.prawat.ui.rest;

/**
 * A request reached a controller with nobody authenticated: a configuration mistake (Spring Security
 * guards every {@code /api} path), answered as 401 rather than recorded under nobody's name.
 */
class MissingCaller extends RuntimeException {

    static final String THAI = "กรุณายืนยันตัวตนด้วยบัญชีบริการ (HTTP Basic) หรือโทเค็น (Bearer)";
    static final String ENGLISH = "Authenticate with a service account (HTTP Basic) or a bearer token";

    MissingCaller() {
        super(ENGLISH);
    }
}
