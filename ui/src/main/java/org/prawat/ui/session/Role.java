package org.prawat.ui.session;

/** What a user of Prawat does; decides which views and actions they are offered. */
public enum Role {
    /** HR officer (เจ้าหน้าที่บริหารงานบุคคล): searches, records and corrects case files, decides requests. */
    HR_OFFICER,
    /** Manager (ผู้บังคับบัญชา): reads the timelines of their unit and the units below it. */
    MANAGER,
    /** Auditor (ผู้ตรวจสอบ): reads everything, the raw event streams and past states; changes nothing. */
    AUDITOR,
    /** Record owner (เจ้าของประวัติ): reads their own case file and asks for corrections. */
    EMPLOYEE;

    /** The bundle key of the role's name. */
    public String key() {
        return "role." + name();
    }

    public boolean records() {
        return this == HR_OFFICER;
    }
}
