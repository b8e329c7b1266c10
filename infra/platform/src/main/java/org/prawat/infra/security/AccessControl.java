package org.prawat.infra.security;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.prawat.api.security.AccessDenied;
import org.prawat.api.security.Actor;

/**
 * Refuses a command or query before its handler runs unless its sender may send it: someone must be
 * acting ({@link CurrentActor}), their role must be allowed the message ({@link AccessPolicy}), and
 * what it names must lie within their reach ({@link ScopeCheck}). Nothing is read or recorded then.
 */
public final class AccessControl implements MessageHandlerInterceptor<Message<?>> {

    private final ScopeCheck scopes;

    public AccessControl(ScopeCheck scopes) {
        this.scopes = scopes;
    }

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Message<?> message = unitOfWork.getMessage();
        boolean command = message instanceof CommandMessage<?>;
        Object payload = message.getPayload();
        Actor actor = CurrentActor.get()
                .orElseThrow(() -> refused(payload, command, "โดยไม่ได้ลงชื่อเข้าใช้", " without signing in"));
        if (!AccessPolicy.allows(actor.role(), payload.getClass())) {
            throw refused(payload, command, "", "");
        }
        scopes.check(actor, payload, command);
        return chain.proceed();
    }

    private static AccessDenied refused(Object payload, boolean command, String thaiHow, String englishHow) {
        String name = payload.getClass().getSimpleName();
        return command
                ? new AccessDenied("สั่ง " + name + thaiHow, "send " + name + englishHow)
                : new AccessDenied("เรียกดู " + name + thaiHow, "ask " + name + englishHow);
    }
}
