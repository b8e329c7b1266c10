package org.prawat.api.pdpa;

import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * The person's personal data was erased on a lawful request: from here on their national ID, title
 * and names read as erased everywhere, also when projections are rebuilt. Carries no personal data;
 * who erased it and why are in the metadata. Their records stay, with dates and hours.
 */
@Revision("1")
public record PersonalDataErased(EmployeeId employeeId, String legalBasis, String requestReference) {}
