package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;

/**
 * What every commendation event says, whatever its kind: whose case file, which commendation, and
 * the business date it was awarded on. Not a message itself; the events implementing it are. Where
 * a field is typed {@code Commendation} (a correction's previous and corrected content) its JSON
 * names the event's class in {@code "kind"}; each event stored on its own carries no kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(CertificateOfHonourAwarded.class),
    @JsonSubTypes.Type(SalaryStepIncreaseGranted.class),
    @JsonSubTypes.Type(BonusGranted.class),
    @JsonSubTypes.Type(OutstandingEmployeeAwarded.class),
    @JsonSubTypes.Type(LetterOfPraiseIssued.class),
    @JsonSubTypes.Type(RoyalDecorationConferred.class)
})
public sealed interface Commendation
        permits CertificateOfHonourAwarded,
                SalaryStepIncreaseGranted,
                BonusGranted,
                OutstandingEmployeeAwarded,
                LetterOfPraiseIssued,
                RoyalDecorationConferred {

    EmployeeId employeeId();

    CommendationId commendationId();

    LocalDate awardedOn();
}
