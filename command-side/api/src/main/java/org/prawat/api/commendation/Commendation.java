package org.prawat.api.commendation;

import java.time.LocalDate;
import org.prawat.api.employee.EmployeeId;

/**
 * What every commendation event says, whatever its kind: whose case file, which commendation, and
 * the business date it was awarded on. Not a message itself; the events implementing it are.
 */
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
