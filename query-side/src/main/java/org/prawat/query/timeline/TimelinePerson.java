package org.prawat.query.timeline;

import java.util.ArrayList;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.pdpa.Erasure;

/**
 * An employee as their timeline entries repeat them (name, unit, personnel type, level), with the
 * ids of all their entries, so that a transfer or a new level reaches each entry by id; and the
 * masked national ID the case file's header shows (never the full one). The entry ids are kept in
 * the document's source only (elasticsearch/indices/timeline-people.json: no index, no doc values):
 * every event rewrites the document, and doc values would make each refresh and merge sort a
 * person's whole list of ids again.
 */
record TimelinePerson(
        String employeeId,
        String employeeName,
        String position,
        String positionLevel,
        PersonnelType personnelType,
        String unitId,
        List<String> unitPath,
        List<String> entryIds,
        long lastGlobalIndex,
        String nationalIdMasked) {

    /** Someone whose registration was never seen; entries still find their case file by id. */
    static TimelinePerson unknown(String employeeId) {
        return new TimelinePerson(employeeId, null, null, null, null, null, List.of(), List.of(), -1, null);
    }

    TimelinePerson withEntry(String entryId, long position) {
        var ids = new ArrayList<>(entryIds);
        if (!ids.contains(entryId)) {
            ids.add(entryId);
        }
        return new TimelinePerson(
                employeeId,
                employeeName,
                this.position,
                positionLevel,
                personnelType,
                unitId,
                unitPath,
                List.copyOf(ids),
                Math.max(lastGlobalIndex, position),
                nationalIdMasked);
    }

    TimelinePerson inUnit(String newUnitId, List<String> newUnitPath, long position) {
        return new TimelinePerson(
                employeeId,
                employeeName,
                this.position,
                positionLevel,
                personnelType,
                newUnitId,
                newUnitPath,
                entryIds,
                position,
                nationalIdMasked);
    }

    TimelinePerson withPosition(String newPosition, String newLevel, long position) {
        return new TimelinePerson(
                employeeId,
                employeeName,
                newPosition,
                newLevel,
                personnelType,
                unitId,
                unitPath,
                entryIds,
                position,
                nationalIdMasked);
    }

    /** The same person without name or national ID, after their personal data was erased. */
    TimelinePerson erased(long position) {
        return new TimelinePerson(
                employeeId,
                Erasure.ERASED,
                this.position,
                positionLevel,
                personnelType,
                unitId,
                unitPath,
                entryIds,
                position,
                Erasure.ERASED);
    }

    /** The case file of this person with {@code entries}, in the order given. */
    CaseHistory history(List<TimelineEntryDocument> entries) {
        return new CaseHistory(
                new EmployeeId(employeeId),
                employeeName,
                position,
                positionLevel,
                personnelType,
                unitId == null ? null : new OrganisationUnitId(unitId),
                nationalIdMasked,
                entries.stream().map(TimelineEntryDocument::toEntry).toList());
    }
}
