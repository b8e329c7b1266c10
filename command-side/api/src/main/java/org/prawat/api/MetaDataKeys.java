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

    /**
     * Where a query came from (the read log): {@code ui}, {@code http-api} or {@code application};
     * set by the server when the query is sent.
     */
    public static final String CHANNEL = "channel";

    /**
     * Marks a view's own repeated read of something already opened (e.g. the case file polling
     * for a projection): not a new opening, so the read log does not record it.
     */
    public static final String REREAD = "reread";

    /** Marks a read that exports what it reads, with the format (e.g. {@code csv}): the read log records an export. */
    public static final String EXPORT = "export";

    private MetaDataKeys() {}
}
