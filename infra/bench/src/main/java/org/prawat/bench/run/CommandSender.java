package org.prawat.bench.run;

import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command through the command bus as the person who would send it and waits for the
 * answer. A refusal is counted and logged (the first few), never hidden: a run with refusals
 * measured less work than it says.
 */
final class CommandSender {

    private static final Logger log = LoggerFactory.getLogger(CommandSender.class);
    private static final int LOGGED = 10;

    private final CommandGateway commands;
    private final AtomicLong refused = new AtomicLong();

    CommandSender(CommandGateway commands) {
        this.commands = commands;
    }

    /** Whether the command was accepted. */
    boolean send(Object command) {
        try {
            Senders.as(Senders.of(command), () -> commands.sendAndWait(command));
            return true;
        } catch (RuntimeException e) {
            if (refused.incrementAndGet() <= LOGGED) {
                log.warn("Refused {}: {}", command.getClass().getSimpleName(), e.getMessage());
            }
            return false;
        }
    }

    long refused() {
        return refused.get();
    }
}
