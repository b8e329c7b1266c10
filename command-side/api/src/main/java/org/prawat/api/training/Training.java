package org.prawat.api.training;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.prawat.api.text.PlainText;

/**
 * What a training record says: the course and who gave it, when and for how long, the development
 * area it serves, how it ended, and what it cost. {@code certificateNumber}, {@code cost} and
 * {@code funding} may be empty.
 */
public record Training(
        @NotNull(message = "กรุณาเลือกประเภทการพัฒนา / The kind of training is required") TrainingKind kind,
        @NotBlank(message = "กรุณาระบุชื่อหลักสูตร / The course title is required") @Size(max = 300) @PlainText
                String courseTitle,
        @NotBlank(message = "กรุณาระบุหน่วยงานผู้จัด / The provider is required") @Size(max = 200) @PlainText
                String provider,
        @NotNull List<@PlainText @Size(max = 200) String> trainers,
        @NotNull(message = "กรุณาระบุวันที่เริ่ม / The start date is required") LocalDate startDate,
        @NotNull(message = "กรุณาระบุวันที่สิ้นสุด / The end date is required") LocalDate endDate,
        @NotNull(message = "กรุณาระบุจำนวนชั่วโมง / The hours are required") BigDecimal hours,
        @NotNull(message = "กรุณาเลือกด้านการพัฒนา / The development area is required") DevelopmentArea area,
        @NotNull(message = "กรุณาระบุผลการอบรม / The outcome is required") TrainingOutcome outcome,
        @Size(max = 100) @PlainText String certificateNumber,
        BigDecimal cost,
        @Size(max = 200) @PlainText String funding) {}
