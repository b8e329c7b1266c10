package org.prawat.bench.data;

import java.util.Arrays;
import java.util.List;
import org.prawat.api.employee.PersonnelType;

/**
 * The position lines (สายงาน) of local personnel (domain.md) with their levels in order, and after
 * how many years of service each level is usually reached.
 */
enum PositionLine {
    /** บริหารท้องถิ่น. */
    EXEC(levels("ต้น", "กลาง", "สูง"), 0, 8, 16),
    /** อำนวยการท้องถิ่น. */
    ADMIN(levels("ต้น", "กลาง", "สูง"), 0, 8, 16),
    /** วิชาการ. */
    ACAD(levels("ปฏิบัติการ", "ชำนาญการ", "ชำนาญการพิเศษ", "เชี่ยวชาญ"), 0, 6, 14, 28),
    /** ทั่วไป. */
    GEN(levels("ปฏิบัติงาน", "ชำนาญงาน", "อาวุโส"), 0, 6, 16),
    /** ครู, whose levels are วิทยฐานะ; none at first. */
    TEACH(levels("", "ชำนาญการ", "ชำนาญการพิเศษ", "เชี่ยวชาญ"), 0, 6, 14, 26),
    /** ลูกจ้างประจำ. */
    PERM(levels(""), 0),
    /** พนักงานจ้างตามภารกิจ. */
    MISSION(levels(""), 0),
    /** พนักงานจ้างทั่วไป. */
    CONTRACT(levels(""), 0);

    private final List<String> levels;
    private final int[] yearsToReach;

    PositionLine(List<String> levels, int... yearsToReach) {
        this.levels = levels;
        this.yearsToReach = yearsToReach;
    }

    /** The level (empty when the line has none) usually held after {@code years} of service. */
    String levelAfter(long years) {
        int index = 0;
        for (int i = 0; i < yearsToReach.length; i++) {
            if (years >= yearsToReach[i]) {
                index = i;
            }
        }
        return levels.get(index);
    }

    /** The service years at which the level changes, in order (none for a line without levels). */
    int[] promotions() {
        return Arrays.copyOfRange(yearsToReach, 1, yearsToReach.length);
    }

    PersonnelType personnelType(PersonnelType officialsOfTheOrganisation) {
        return switch (this) {
            case TEACH -> PersonnelType.TEACHER;
            case PERM -> PersonnelType.PERMANENT_EMPLOYEE;
            case MISSION -> PersonnelType.MISSION_CONTRACT_EMPLOYEE;
            case CONTRACT -> PersonnelType.GENERAL_CONTRACT_EMPLOYEE;
            default -> officialsOfTheOrganisation;
        };
    }

    /** Officials on a salary scale get salary steps; contract staff are evaluated but paid by contract. */
    boolean onSalarySteps() {
        return this != MISSION && this != CONTRACT;
    }

    private static List<String> levels(String... levels) {
        return List.of(levels);
    }
}
