package org.prawat.api.security;

/**
 * What a user of Prawat does (domain.md). Decides, on the server, which commands and queries they
 * may send; the UI only follows it.
 */
public enum Role {
    /** HR officer (เจ้าหน้าที่บริหารงานบุคคล): searches, records and corrects the case files of their organisation. */
    HR_OFFICER,
    /** Manager (ผู้บังคับบัญชา): reads their unit's subtree and records evaluations for their team. */
    MANAGER,
    /** Auditor (ผู้ตรวจสอบ): reads everything in their scope, the raw event streams and past states; changes nothing. */
    AUDITOR,
    /** Record owner (เจ้าของประวัติ): reads their own case file and asks for corrections. */
    EMPLOYEE,
    /** Administrator (ผู้ดูแลระบบ): users, roles, the organisation tree and projection rebuilds. */
    ADMINISTRATOR,
    /**
     * The application itself: demo data, start-up rebuilds, work one command sets off. Never a
     * person; no account can be given this role.
     */
    SYSTEM
}
