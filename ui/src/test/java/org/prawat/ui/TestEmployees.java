package org.prawat.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;

/**
 * Test data for a database that outlives test runs: every id, national ID and surname is new, so
 * a search can tell this run's employee from everyone registered before.
 */
public final class TestEmployees {

    private static final List<String> SYLLABLES =
            List.of("ศรี", "ทอง", "แก้ว", "บุญ", "สุข", "มณี", "รักษ์", "วงศ์", "เพชร", "ทิพย์", "จันทร์", "ดาว");

    private TestEmployees() {}

    public static String newNationalId() {
        var random = ThreadLocalRandom.current();
        String twelve = (1 + random.nextInt(8)) + String.format("%011d", random.nextLong(100_000_000_000L));
        return twelve + NationalIds.checkDigit(twelve);
    }

    /**
     * A surname no earlier run has used: two common Thai name syllables and a serial in Thai digits.
     * Syllables alone are not enough: the tokenizer splits them apart, so a surname made of the same
     * syllables in another order would match the same search words.
     */
    public static String newSurname() {
        var random = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            name.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        String serial = String.format("%07d", random.nextInt(10_000_000));
        serial.chars().forEach(digit -> name.append((char) ('๐' + (digit - '0'))));
        return name.toString();
    }

    public static OrganisationUnitId createUnit(CommandGateway commands, String name) {
        var ministry = OrganisationUnitId.random();
        commands.sendAndWait(new CreateOrganisationUnit(ministry, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null));
        var unit = OrganisationUnitId.random();
        commands.sendAndWait(new CreateOrganisationUnit(unit, name, UnitKind.ORGANISATION, ministry));
        return unit;
    }

    public static RegisterEmployee registration(OrganisationUnitId unit, String surname, String position) {
        return new RegisterEmployee(
                EmployeeId.random(),
                newNationalId(),
                "นางสาว",
                "สุภาพร",
                surname,
                PersonnelType.SUBDISTRICT_STAFF,
                unit,
                position,
                null,
                LocalDate.of(2020, 10, 1));
    }

    public static List<EmployeeHit> search(QueryGateway queries, String text) {
        return queries.query(
                        new SearchEmployees(text, 0, 50, Scope.everything()),
                        ResponseTypes.instanceOf(EmployeeSearchResult.class))
                .join()
                .hits();
    }

    /** Search until the employee is found (projection and index refresh take a moment) or time runs out. */
    public static boolean eventuallyFound(QueryGateway queries, String text, EmployeeId id, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (search(queries, text).stream()
                        .anyMatch(hit -> hit.employeeId().equals(id))) {
                    return true;
                }
            } catch (RuntimeException elasticsearchNotBackYet) {
                // keep polling until the deadline
            }
            Thread.sleep(250);
        }
        return false;
    }
}
