package org.prawat.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;

class CaseFileCsvTest {

    @Test
    void the_file_starts_with_a_byte_order_mark_so_excel_reads_thai() {
        var history = new CaseHistory(EmployeeId.random(), "นางสาวสุภาพร ใจดี", null, null, null, null, List.of());

        byte[] csv = CaseFileCsv.bytes(history);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).startsWith("วันที่ / Date,");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_defused_and_quotes_are_doubled() {
        assertThat(CaseFileCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CaseFileCsv.cell("-5")).isEqualTo("\"'-5\"");
        assertThat(CaseFileCsv.cell("หลักสูตร \"นักบริหาร\", รุ่น 2"))
                .isEqualTo("\"หลักสูตร \"\"นักบริหาร\"\", รุ่น 2\"");
    }
}
