package org.prawat.domain.lookup;

import org.prawat.api.employee.EmployeeId;

/**
 * Erases a person's personal data outside their events, in the transaction that records the
 * erasure: destroys their data key (so the encrypted fields of their stored events no longer
 * read), clears their national ID digest and deletes the snapshots of their case file.
 */
public interface PersonalDataShredder {

    void shred(EmployeeId employeeId);
}
