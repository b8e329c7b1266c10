package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * The employee was awarded a certificate of honour (เกียรติบัตร) titled {@code title} by
 * {@code issuedBy} on {@code awardedOn}; {@code certificateNumber} is empty when it has none.
 */
@Revision("1")
// Stored on its own without a kind since r1; only a field typed Commendation carries the kind.
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record CertificateOfHonourAwarded(
        EmployeeId employeeId,
        CommendationId commendationId,
        String title,
        String issuedBy,
        String certificateNumber,
        LocalDate awardedOn)
        implements Commendation {}
