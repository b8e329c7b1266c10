package org.prawat.api.history;

/** What one entry of a case file's timeline records; one kind per kind of record. */
public enum TimelineEntryKind {
    REGISTRATION("บรรจุแต่งตั้ง", "Registration"),
    TRANSFER("โอนย้าย", "Transfer"),
    POSITION_CHANGE("เปลี่ยนตำแหน่ง", "Position change"),
    SEPARATION("พ้นจากตำแหน่ง", "Separation"),
    TRAINING("การพัฒนา", "Training"),
    TRAINING_REPORT("รายงานผลการพัฒนา", "Training report"),
    EVALUATION("การประเมินผลการปฏิบัติราชการ", "Evaluation"),
    CERTIFICATE_OF_HONOUR("เกียรติบัตร", "Certificate of honour"),
    SALARY_STEP_INCREASE("เลื่อนขั้นเงินเดือน", "Salary-step increase"),
    BONUS("เงินรางวัลประจำปี", "Bonus"),
    OUTSTANDING_EMPLOYEE_AWARD("พนักงานดีเด่น", "Outstanding-employee award"),
    LETTER_OF_PRAISE("หนังสือชมเชย", "Letter of praise"),
    ROYAL_DECORATION("เครื่องราชอิสริยาภรณ์", "Royal decoration"),
    DEVELOPMENT_PLAN("แผนพัฒนาพนักงาน", "Development plan"),
    CORRECTION_REQUEST("คำขอแก้ไขประวัติ", "Correction request");

    private final String thai;
    private final String english;

    TimelineEntryKind(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }
}
