package org.prawat.api.employee;

/** Why a case file was closed (พ้นจากราชการ/ตำแหน่ง). */
public enum SeparationReason {
    /** เกษียณอายุ, at 60. */
    RETIRED,
    /** ลาออก. */
    RESIGNED,
    /** โอนย้ายออก, to another organisation outside Prawat. */
    TRANSFERRED_OUT,
    /** ถึงแก่กรรม. */
    DECEASED,
    /** ไล่ออก/ให้ออก. */
    DISMISSED
}
