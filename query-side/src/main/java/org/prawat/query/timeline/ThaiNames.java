package org.prawat.query.timeline;

import java.util.Map;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/** The Thai words for the published language's codes, as they appear in entry titles and search text. */
final class ThaiNames {

    private static final Map<Enum<?>, String> NAMES = Map.ofEntries(
            Map.entry(PersonnelType.CIVIL_SERVANT, "ข้าราชการ"),
            Map.entry(PersonnelType.PROVINCIAL_STAFF, "พนักงานส่วนจังหวัด"),
            Map.entry(PersonnelType.MUNICIPAL_STAFF, "พนักงานเทศบาล"),
            Map.entry(PersonnelType.SUBDISTRICT_STAFF, "พนักงานส่วนตำบล"),
            Map.entry(PersonnelType.TEACHER, "ข้าราชการครู"),
            Map.entry(PersonnelType.PERMANENT_EMPLOYEE, "ลูกจ้างประจำ"),
            Map.entry(PersonnelType.MISSION_CONTRACT_EMPLOYEE, "พนักงานจ้างตามภารกิจ"),
            Map.entry(PersonnelType.GENERAL_CONTRACT_EMPLOYEE, "พนักงานจ้างทั่วไป"),
            Map.entry(TrainingKind.ORIENTATION, "ปฐมนิเทศ"),
            Map.entry(TrainingKind.TRAINING, "ฝึกอบรม"),
            Map.entry(TrainingKind.STUDY_VISIT, "ศึกษาดูงาน"),
            Map.entry(TrainingKind.WORKSHOP, "ประชุมเชิงปฏิบัติการ"),
            Map.entry(TrainingKind.SEMINAR, "สัมมนา"),
            Map.entry(TrainingKind.E_LEARNING, "การเรียนรู้ออนไลน์"),
            Map.entry(DevelopmentArea.GENERAL_KNOWLEDGE, "ความรู้ทั่วไป"),
            Map.entry(DevelopmentArea.JOB_SPECIFIC, "ความรู้และทักษะเฉพาะของงาน"),
            Map.entry(DevelopmentArea.MANAGEMENT, "ด้านการบริหาร"),
            Map.entry(DevelopmentArea.PERSONAL_QUALITIES, "ด้านคุณสมบัติส่วนตัว"),
            Map.entry(DevelopmentArea.ETHICS, "ด้านคุณธรรม จริยธรรม"),
            Map.entry(SeparationReason.RETIRED, "เกษียณอายุ"),
            Map.entry(SeparationReason.RESIGNED, "ลาออก"),
            Map.entry(SeparationReason.TRANSFERRED_OUT, "โอนย้ายออก"),
            Map.entry(SeparationReason.DECEASED, "ถึงแก่กรรม"),
            Map.entry(SeparationReason.DISMISSED, "ให้ออก"),
            Map.entry(RecordKind.TRAINING, "การพัฒนา"),
            Map.entry(RecordKind.EVALUATION, "การประเมินผลการปฏิบัติราชการ"),
            Map.entry(RecordKind.COMMENDATION, "ความดีความชอบ"));

    private ThaiNames() {}

    /** The Thai name, or null for null. */
    static String of(Enum<?> code) {
        return code == null ? null : NAMES.getOrDefault(code, code.name());
    }
}
