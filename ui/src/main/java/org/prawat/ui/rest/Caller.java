package org.prawat.ui.rest;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.prawat.api.MetaDataKeys;

/**
 * Who sent a request and, optionally, why: taken from the request headers by {@link
 * CallerArgumentResolver} and attached to every command as its metadata, so each stored event
 * says who issued it.
 */
public record Caller(String user, String reason) {

    /** The caller's account name; required until sign-in replaces it. */
    public static final String USER_HEADER = "X-Prawat-User";

    /** Why the caller issues the command, e.g. the order it carries out; optional. */
    public static final String REASON_HEADER = "X-Prawat-Reason";

    /**
     * The units whose subtrees the caller may read, comma-separated; everything when absent. Read
     * into a {@link org.prawat.api.history.Scope} parameter until sign-in supplies it.
     */
    public static final String SCOPE_HEADER = "X-Prawat-Scope";

    /** The command as a message carrying {@link MetaDataKeys#ISSUED_BY} and, if given, {@link MetaDataKeys#REASON}. */
    public <C> CommandMessage<C> issue(C command) {
        var metaData = MetaData.with(MetaDataKeys.ISSUED_BY, user);
        if (reason != null) {
            metaData = metaData.and(MetaDataKeys.REASON, reason);
        }
        return GenericCommandMessage.<C>asCommandMessage(command).withMetaData(metaData);
    }
}
