package org.prawat.api.commendation;

/**
 * The classes of the Order of the White Elephant (ช้างเผือก) and the Order of the Crown of Thailand
 * (มงกุฎไทย) that public servants are conferred, from the highest to the lowest.
 */
public enum RoyalDecorationClass {
    WHITE_ELEPHANT_SPECIAL(
            "ม.ป.ช.", "มหาปรมาภรณ์ช้างเผือก", "Knight Grand Cordon (Special Class) of the White Elephant"),
    CROWN_SPECIAL("ม.ว.ม.", "มหาวชิรมงกุฎ", "Knight Grand Cordon (Special Class) of the Crown of Thailand"),
    WHITE_ELEPHANT_FIRST("ป.ช.", "ประถมาภรณ์ช้างเผือก", "Knight Grand Cross (First Class) of the White Elephant"),
    CROWN_FIRST("ป.ม.", "ประถมาภรณ์มงกุฎไทย", "Knight Grand Cross (First Class) of the Crown of Thailand"),
    WHITE_ELEPHANT_SECOND("ท.ช.", "ทวีติยาภรณ์ช้างเผือก", "Knight Commander (Second Class) of the White Elephant"),
    CROWN_SECOND("ท.ม.", "ทวีติยาภรณ์มงกุฎไทย", "Knight Commander (Second Class) of the Crown of Thailand"),
    WHITE_ELEPHANT_THIRD("ต.ช.", "ตริตาภรณ์ช้างเผือก", "Commander (Third Class) of the White Elephant"),
    CROWN_THIRD("ต.ม.", "ตริตาภรณ์มงกุฎไทย", "Commander (Third Class) of the Crown of Thailand"),
    WHITE_ELEPHANT_FOURTH("จ.ช.", "จัตุรถาภรณ์ช้างเผือก", "Companion (Fourth Class) of the White Elephant"),
    CROWN_FOURTH("จ.ม.", "จัตุรถาภรณ์มงกุฎไทย", "Companion (Fourth Class) of the Crown of Thailand"),
    WHITE_ELEPHANT_FIFTH("บ.ช.", "เบญจมาภรณ์ช้างเผือก", "Member (Fifth Class) of the White Elephant"),
    CROWN_FIFTH("บ.ม.", "เบญจมาภรณ์มงกุฎไทย", "Member (Fifth Class) of the Crown of Thailand");

    private final String abbreviation;
    private final String thai;
    private final String english;

    RoyalDecorationClass(String abbreviation, String thai, String english) {
        this.abbreviation = abbreviation;
        this.thai = thai;
        this.english = english;
    }

    /** As written in the Royal Gazette and on a ก.พ.7, e.g. "ท.ช.". */
    public String abbreviation() {
        return abbreviation;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }
}
