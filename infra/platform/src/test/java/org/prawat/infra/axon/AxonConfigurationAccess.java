package org.prawat.infra.axon;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Axon's stored-event JSON for tests outside this package. */
public final class AxonConfigurationAccess {

    private AxonConfigurationAccess() {}

    public static ObjectMapper axonJson() {
        return new AxonConfiguration().defaultAxonObjectMapper();
    }
}
