package org.prawat.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.mockito.Mockito;

/**
 * A {@link CommandGateway} that keeps every command sent (with its metadata) and accepts it, or
 * refuses the next ones with the failure a test gives (e.g. a {@code RuleViolation}), as the
 * command side would.
 */
public final class FakeCommands {

    private final List<CommandMessage<?>> sent = new ArrayList<>();
    private RuntimeException refusal;
    private final CommandGateway gateway = Mockito.mock(CommandGateway.class, invocation -> {
        String method = invocation.getMethod().getName();
        if (!method.equals("send") && !method.equals("sendAndWait")) {
            return null;
        }
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(invocation.getArgument(0));
        if (refusal != null) {
            if (method.equals("send")) {
                return CompletableFuture.failedFuture(refusal);
            }
            throw refusal;
        }
        sent.add(message);
        return method.equals("send") ? CompletableFuture.completedFuture(null) : null;
    });

    public CommandGateway gateway() {
        return gateway;
    }

    /** Refuses every following command with {@code failure}; null accepts them again. */
    public FakeCommands refuseWith(RuntimeException failure) {
        this.refusal = failure;
        return this;
    }

    public List<CommandMessage<?>> sent() {
        return List.copyOf(sent);
    }

    /** The payloads of every accepted command of {@code type}. */
    public <C> List<C> sent(Class<C> type) {
        return sent.stream()
                .map(CommandMessage::getPayload)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
