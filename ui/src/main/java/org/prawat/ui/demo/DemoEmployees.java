package org.prawat.ui.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;

/** Fifty employees with realistic Thai names and local-government positions, always the same. */
final class DemoEmployees {

    static final int COUNT = 50;

    private static final List<String> MEN = List.of(
            "สมชาย",
            "ประเสริฐ",
            "วิทยา",
            "อนุชา",
            "ธนากร",
            "สุรชัย",
            "ณัฐพล",
            "กิตติศักดิ์",
            "พงศกร",
            "ชัยวัฒน์",
            "วีระพงษ์",
            "อภิสิทธิ์",
            "ศุภชัย",
            "ธีรวัฒน์",
            "เอกชัย");
    private static final List<String> WOMEN = List.of(
            "สุภาพร",
            "วิไลวรรณ",
            "กัญญา",
            "พรทิพย์",
            "ศิริพร",
            "จันทร์เพ็ญ",
            "นงลักษณ์",
            "อรุณี",
            "ปวีณา",
            "รัตนา",
            "สุนิสา",
            "ดวงใจ",
            "มาลัย",
            "ชนิดา",
            "พิมพ์ชนก");
    private static final List<String> SURNAMES = List.of(
            "ใจดี",
            "ศรีสุข",
            "แก้วมณี",
            "ทองคำ",
            "บุญมา",
            "สุวรรณรัตน์",
            "จันทร์หอม",
            "รักษ์ไทย",
            "มากสุวรรณ์",
            "พรหมมา",
            "ศักดิ์สิทธิ์",
            "วงศ์ใหญ่",
            "ชัยมงคล",
            "สายทอง",
            "อินทร์แก้ว",
            "ปัญญาดี",
            "เรืองศรี");
    private static final List<String> LEVELS =
            List.of("ชำนาญการพิเศษ", "ชำนาญการ", "ปฏิบัติการ", "ชำนาญงาน", "ปฏิบัติงาน", "อาวุโส");
    private static final List<String> POSITIONS = List.of(
            "นักทรัพยากรบุคคลชำนาญการ",
            "นักทรัพยากรบุคคลปฏิบัติการ",
            "ผู้อำนวยการกองการเจ้าหน้าที่",
            "นักจัดการงานทั่วไปชำนาญการ",
            "เจ้าพนักงานธุรการชำนาญงาน",
            "นักวิเคราะห์นโยบายและแผนปฏิบัติการ",
            "นักวิชาการเงินและบัญชีชำนาญการ",
            "ปลัดองค์การบริหารส่วนตำบล",
            "นักพัฒนาชุมชนปฏิบัติการ",
            "เจ้าพนักงานการเงินและบัญชีปฏิบัติงาน",
            "นักวิชาการคอมพิวเตอร์ปฏิบัติการ",
            "ผู้ช่วยเจ้าพนักงานธุรการ (พนักงานจ้างตามภารกิจ)",
            "นักวิชาการศึกษาชำนาญการพิเศษ");

    static List<RegisterEmployee> all() {
        var employees = new ArrayList<RegisterEmployee>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            boolean woman = i % 2 == 1;
            String first = (woman ? WOMEN : MEN).get((i / 2) % 15);
            String title = woman ? (i % 3 == 0 ? "นาง" : "นางสาว") : (i % 10 == 4 ? "ดร." : "นาย");
            String last = SURNAMES.get((i * 7) % SURNAMES.size());
            employees.add(new RegisterEmployee(
                    new EmployeeId(UUID.nameUUIDFromBytes(("demo-employee:" + i).getBytes(StandardCharsets.UTF_8))
                            .toString()),
                    nationalId(i),
                    title,
                    first,
                    last,
                    personnelType(i % DemoUnits.WORKPLACES.size(), POSITIONS.get(i % POSITIONS.size())),
                    DemoUnits.idOf(DemoUnits.WORKPLACES.get(i % DemoUnits.WORKPLACES.size())),
                    POSITIONS.get(i % POSITIONS.size()),
                    levelOf(POSITIONS.get(i % POSITIONS.size())),
                    LocalDate.of(1995 + (i * 3) % 28, 1 + i % 12, 1)));
        }
        return employees;
    }

    /** A valid (checksummed) but made-up national ID. */
    static String nationalId(int i) {
        String twelve = String.format("3%02d%09d", 10 + i % 80, 100_000_000L + i * 7_919L);
        return twelve + NationalIds.checkDigit(twelve);
    }

    private DemoEmployees() {}

    /** The type of personnel a workplace in {@link DemoUnits#WORKPLACES} employs, by its position. */
    private static PersonnelType personnelType(int workplace, String position) {
        if (position.contains("พนักงานจ้างตามภารกิจ")) {
            return PersonnelType.MISSION_CONTRACT_EMPLOYEE;
        }
        return switch (workplace) {
            case 0, 1, 2 -> PersonnelType.PROVINCIAL_STAFF;
            case 3, 4 -> PersonnelType.MUNICIPAL_STAFF;
            case 5, 6 -> PersonnelType.SUBDISTRICT_STAFF;
            default -> PersonnelType.CIVIL_SERVANT;
        };
    }

    /** The level the position's name ends with (ชำนาญการ, ปฏิบัติงาน, …), or null for positions without one. */
    private static String levelOf(String position) {
        return LEVELS.stream().filter(position::endsWith).findFirst().orElse(null);
    }
}
