package org.prawat.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * EmployeeRegistered revision 1 → 2: revision 2 added {@code personnelType} and {@code level}.
 * Case files opened before did not record them; they stay empty rather than being guessed from the
 * position's wording, and HR can complete them by a position change.
 */
public class EmployeeRegisteredUpcaster extends SingleEventUpcaster {

    static final String TYPE = "org.prawat.api.employee.EmployeeRegistered";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("personnelType").putNull("level");
            return payload;
        });
    }
}
