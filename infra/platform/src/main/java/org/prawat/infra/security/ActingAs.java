package org.prawat.infra.security;

import org.prawat.api.security.Actor;

/** A principal (e.g. a signed-in user's details) that knows the {@link Actor} it stands for. */
public interface ActingAs {

    Actor actor();
}
