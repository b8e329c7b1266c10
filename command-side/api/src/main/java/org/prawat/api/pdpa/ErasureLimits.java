package org.prawat.api.pdpa;

/** Lengths the erasure form and {@link ErasePersonalData} accept. */
public final class ErasureLimits {

    public static final int LEGAL_BASIS_MAX = 300;
    public static final int REFERENCE_MAX = 100;
    public static final int REASON_MAX = 1000;

    private ErasureLimits() {}
}
