package org.prawat.api.employee;

/** The type of personnel (ประเภทบุคลากร) a case file belongs to; it decides which rules apply. */
public enum PersonnelType {
    /** ข้าราชการ. */
    CIVIL_SERVANT,
    /** พนักงานส่วนจังหวัด (of an อบจ.). */
    PROVINCIAL_STAFF,
    /** พนักงานเทศบาล. */
    MUNICIPAL_STAFF,
    /** พนักงานส่วนตำบล (of an อบต.). */
    SUBDISTRICT_STAFF,
    /** ข้าราชการครู. */
    TEACHER,
    /** ลูกจ้างประจำ. */
    PERMANENT_EMPLOYEE,
    /** พนักงานจ้างตามภารกิจ. */
    MISSION_CONTRACT_EMPLOYEE,
    /** พนักงานจ้างทั่วไป. */
    GENERAL_CONTRACT_EMPLOYEE
}
