package org.prawat.ui.rest;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.prawat.api.MetaDataKeys;
import org.prawat.api.security.Actor;

/**
 * Who sent a request, as authenticated (HTTP Basic or a bearer token), and optionally why: supplied
 * by {@link CallerArgumentResolver} and attached to every command as its metadata, so each stored
 * event says who issued it. What a request says about its sender is never believed.
 */
public record Caller(Actor actor, String reason) {

    /** Why the caller issues the command, e.g. the order it carries out; optional. */
    public static final String REASON_HEADER = "X-Prawat-Reason";

    public String user() {
        return actor.account();
    }

    /**
     * The command as a message carrying {@link MetaDataKeys#ISSUED_BY}, {@link MetaDataKeys#ACTING_ROLE}
     * and, if given, {@link MetaDataKeys#REASON}.
     */
    public <C> CommandMessage<C> issue(C command) {
        var metaData = MetaData.with(MetaDataKeys.ISSUED_BY, actor.account())
                .and(MetaDataKeys.ACTING_ROLE, actor.role().name());
        if (reason != null) {
            metaData = metaData.and(MetaDataKeys.REASON, reason);
        }
        return GenericCommandMessage.<C>asCommandMessage(command).withMetaData(metaData);
    }
}
