package org.prawat.api;

/**
 * Keys of the metadata a command carries and its events inherit (Axon also adds
 * {@code correlationId} and {@code traceId}): who issued it and, where given, why.
 */
public final class MetaDataKeys {

    /** The user or system that issued the command, e.g. an HR officer's account name. */
    public static final String ISSUED_BY = "issuedBy";

    /** The role the issuer acted in ({@link org.prawat.api.security.Role}), set by the server with {@link #ISSUED_BY}. */
    public static final String ACTING_ROLE = "actingRole";

    /** The reason given with the command, e.g. for a correction. */
    public static final String REASON = "reason";

    /** Added by Axon: the id of the message that caused this one, shared by all it set off. */
    public static final String CORRELATION_ID = "correlationId";

    private MetaDataKeys() {}
}
