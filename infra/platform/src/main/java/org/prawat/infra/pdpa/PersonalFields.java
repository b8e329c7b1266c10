package org.prawat.infra.pdpa;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.pdpa.PersonalData;

/** Which JSON fields of a record are a person's {@link PersonalData}, and which field names the person. */
record PersonalFields(String ownerField, List<String> fields) {

    static Optional<PersonalFields> of(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        RecordComponent[] components = type.getRecordComponents();
        List<String> personal = Arrays.stream(components)
                .filter(c -> c.isAnnotationPresent(PersonalData.class))
                .map(RecordComponent::getName)
                .toList();
        if (personal.isEmpty()) {
            return Optional.empty();
        }
        List<String> owners = Arrays.stream(components)
                .filter(c -> c.getType() == EmployeeId.class)
                .map(RecordComponent::getName)
                .toList();
        if (owners.size() != 1) {
            throw new IllegalStateException(type.getName()
                    + " has personal data, so it needs exactly one EmployeeId naming whose it is; it has " + owners);
        }
        return Optional.of(new PersonalFields(owners.get(0), personal));
    }
}
