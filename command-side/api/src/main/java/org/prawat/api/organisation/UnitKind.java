package org.prawat.api.organisation;

/** The levels of the organisation tree, from the ministry down to a section. */
public enum UnitKind {
    MINISTRY,
    PROVINCE,
    /** อบจ., เทศบาล, อบต. or a central department. */
    ORGANISATION,
    /** สำนัก/กอง. */
    DIVISION,
    /** ฝ่าย/งาน. */
    SECTION
}
