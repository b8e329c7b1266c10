package org.prawat.api.pdpa;

/** How the application shows personal data that was erased on request, Thai first. */
public final class Erasure {

    /** Shown wherever an erased name or national ID would have been. */
    public static final String ERASED = "ข้อมูลถูกลบตามคำขอ / erased on request";

    private Erasure() {}
}
