package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.OptBoolean;
import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;

/**
 * The content of one commendation as HR grants it, whatever its kind: each grant command is one,
 * and a correction carries one as the corrected content. In JSON a grant names its command in
 * {@code "kind"}, e.g. {@code "GrantBonus"}; a grant sent as its own command may leave it out.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind", requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonSubTypes({
    @JsonSubTypes.Type(AwardCertificateOfHonour.class),
    @JsonSubTypes.Type(GrantSalaryStepIncrease.class),
    @JsonSubTypes.Type(GrantBonus.class),
    @JsonSubTypes.Type(AwardOutstandingEmployee.class),
    @JsonSubTypes.Type(IssueLetterOfPraise.class),
    @JsonSubTypes.Type(ConferRoyalDecoration.class)
})
public sealed interface CommendationGrant
        permits AwardCertificateOfHonour,
                GrantSalaryStepIncrease,
                GrantBonus,
                AwardOutstandingEmployee,
                IssueLetterOfPraise,
                ConferRoyalDecoration {

    EmployeeId employeeId();

    CommendationId commendationId();

    LocalDate awardedOn();
}
