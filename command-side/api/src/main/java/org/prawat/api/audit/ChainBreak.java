package org.prawat.api.audit;

/** What differs at a broken link of the hash chain, with a Thai and an English explanation. */
public enum ChainBreak {
    PAYLOAD_CHANGED("เนื้อหาของเหตุการณ์ถูกแก้ไขหลังบันทึก", "the event's payload was changed after it was stored"),
    METADATA_CHANGED(
            "ข้อมูลกำกับ (ผู้บันทึก เหตุผล) ถูกแก้ไขหลังบันทึก",
            "the event's metadata (who, why) was changed after it was stored"),
    IDENTITY_CHANGED(
            "ชนิด เวลาบันทึก หรือรหัสของเหตุการณ์ถูกแก้ไข หรือห่วงโซ่ถูกแก้",
            "the event's type, record time or identity, or its link, was changed"),
    LINK_MISSING("เหตุการณ์นี้ถูกเพิ่มโดยไม่ผ่านห่วงโซ่", "the event was stored without a link in the chain"),
    EVENT_MISSING("เหตุการณ์นี้ถูกลบออกจากคลัง", "the event was removed from the store"),
    EVENT_REORDERED(
            "ลำดับของเหตุการณ์ถูกสลับหรือแทนที่", "the event was moved to another place in the stream or replaced"),
    CHAIN_BROKEN(
            "ห่วงโซ่ถูกแก้ไข: ไม่ต่อกับรายการก่อนหน้า",
            "the chain was altered: the link does not follow the one before");

    private final String thai;
    private final String english;

    ChainBreak(String thai, String english) {
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
