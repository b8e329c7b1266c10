package org.prawat.domain.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.RecordTraining;

/** Stands in for the command bus: keeps every command sent and waited for, refuses as told. */
final class RecordingCommandGateway implements CommandGateway {

    final List<Object> sent = new ArrayList<>();
    private final Map<EmployeeId, RuntimeException> refusals = new HashMap<>();

    /** The case file of {@code employee} will refuse {@code RecordTraining} with {@code refusal}. */
    RecordingCommandGateway refusing(EmployeeId employee, RuntimeException refusal) {
        refusals.put(employee, refusal);
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        sent.add(command);
        if (command instanceof RecordTraining record && refusals.containsKey(record.employeeId())) {
            throw refusals.get(record.employeeId());
        }
        return null;
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException("SessionAttendance must wait for each case file");
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        throw new UnsupportedOperationException("SessionAttendance must wait for each case file");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        throw new UnsupportedOperationException();
    }
}
