package org.prawat.bench.data;

import org.prawat.api.employee.PersonnelType;

/** The kinds of organisation in a province, how big they usually are, and whom they employ. */
enum OrganisationType {
    /** องค์การบริหารส่วนจังหวัด, with its schools. */
    PAO("องค์การบริหารส่วนจังหวัด", "ปลัดองค์การบริหารส่วนจังหวัด", 10, PersonnelType.PROVINCIAL_STAFF),
    /** เทศบาลนคร / เทศบาลเมือง. */
    CITY("เทศบาลเมือง", "ปลัดเทศบาล", 5, PersonnelType.MUNICIPAL_STAFF),
    /** เทศบาลตำบล. */
    TOWN("เทศบาลตำบล", "ปลัดเทศบาล", 1.2, PersonnelType.MUNICIPAL_STAFF),
    /** องค์การบริหารส่วนตำบล. */
    SAO("องค์การบริหารส่วนตำบล", "ปลัดองค์การบริหารส่วนตำบล", 0.7, PersonnelType.SUBDISTRICT_STAFF),
    /** สำนักงานเขต of กรุงเทพมหานคร, whose staff are Bangkok civil servants. */
    BMA("สำนักงานเขต", "ผู้อำนวยการเขต", 2, PersonnelType.CIVIL_SERVANT);

    private final String namePrefix;
    private final String head;
    private final double headcountWeight;
    private final PersonnelType officials;

    OrganisationType(String namePrefix, String head, double headcountWeight, PersonnelType officials) {
        this.namePrefix = namePrefix;
        this.head = head;
        this.headcountWeight = headcountWeight;
        this.officials = officials;
    }

    String nameFor(String place) {
        return namePrefix + place;
    }

    String head() {
        return head;
    }

    double headcountWeight() {
        return headcountWeight;
    }

    PersonnelType officials() {
        return officials;
    }
}
