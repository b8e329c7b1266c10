package org.prawat.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.TimelineEntry;

/**
 * A case file as CSV for a spreadsheet: UTF-8 with a byte-order mark, without which Excel reads Thai
 * as another code page; every cell quoted, and text that a spreadsheet would run as a formula
 * defused. Used by the HTTP export and the case file's download link alike.
 */
public final class CaseFileCsv {

    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String HEADER = "วันที่ / Date,ประเภท / Kind,เรื่อง / Title,รายละเอียด / Text,"
            + "สถานะ / Status,ปีงบประมาณ / Fiscal year,บันทึกเมื่อ / Recorded at";

    private CaseFileCsv() {}

    public static String fileName(CaseHistory history) {
        return "case-file-" + history.employeeId().value() + ".csv";
    }

    public static byte[] bytes(CaseHistory history) {
        byte[] csv = text(history).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[BOM.length + csv.length];
        System.arraycopy(BOM, 0, body, 0, BOM.length);
        System.arraycopy(csv, 0, body, BOM.length, csv.length);
        return body;
    }

    static String text(CaseHistory history) {
        return Stream.concat(Stream.of(HEADER), history.entries().stream().map(CaseFileCsv::line))
                        .collect(Collectors.joining("\r\n"))
                + "\r\n";
    }

    private static String line(TimelineEntry entry) {
        return Stream.of(
                        entry.businessDate(),
                        entry.kind(),
                        entry.title(),
                        entry.text(),
                        entry.status(),
                        entry.fiscalYear() == null ? null : entry.fiscalYear().value(),
                        entry.recordedAt())
                .map(value -> cell(Objects.toString(value, "")))
                .collect(Collectors.joining(","));
    }

    /** Quoted always; a leading = + - @ (or tab, return) is defused so a spreadsheet never runs text as a formula. */
    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
