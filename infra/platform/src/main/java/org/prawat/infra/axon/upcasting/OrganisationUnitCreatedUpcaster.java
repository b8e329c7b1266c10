package org.prawat.infra.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * OrganisationUnitCreated revision 1 → 2: revision 2 added the business date {@code effectiveOn}.
 * What a unit's creation date was is not known for events stored before, so it stays empty rather
 * than being invented; readers fall back to the record time.
 */
public class OrganisationUnitCreatedUpcaster extends SingleEventUpcaster {

    static final String TYPE = "org.prawat.api.organisation.OrganisationUnitCreated";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPE.equals(representation.getType().getName())
                && "1".equals(representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(TYPE, "2"), JsonNode.class, payload -> {
            ((ObjectNode) payload).putNull("effectiveOn");
            return payload;
        });
    }
}
