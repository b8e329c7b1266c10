package org.prawat.api.pdpa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Erases the person's personal data (national ID, title and names) on a lawful request: their data
 * key is destroyed, so the stored events stay byte for byte as they were but can no longer be read.
 * {@code legalBasis} is the provision relied on (e.g. มาตรา 33 พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล),
 * {@code requestReference} the number of the request letter; {@code reason} goes into the metadata.
 * Irreversible; the records (trainings, evaluations, commendations) stay, anonymised.
 */
public record ErasePersonalData(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotBlank(message = "กรุณาระบุฐานทางกฎหมาย / The legal basis is required")
                @Size(max = ErasureLimits.LEGAL_BASIS_MAX)
                @PlainText
                String legalBasis,
        @NotBlank(message = "กรุณาระบุเลขที่หนังสือคำขอ / The request reference is required")
                @Size(max = ErasureLimits.REFERENCE_MAX)
                @PlainText
                String requestReference,
        @NotBlank(message = "กรุณาระบุเหตุผล / The reason is required") @Size(max = ErasureLimits.REASON_MAX) @PlainText
                String reason) {}
