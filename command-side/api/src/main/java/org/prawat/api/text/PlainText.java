package org.prawat.api.text;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text a person typed or pasted, stored exactly as given: any script, Thai combining marks in any
 * order, markup or query syntax is kept verbatim (and always shown as text). Refused are only the
 * characters that are no text at all: control characters other than tab and line breaks (PostgreSQL
 * cannot even store NUL in JSON), unpaired surrogates and Unicode non-characters. Every text field
 * of every command carries it (CommandTextsTest).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
public @interface PlainText {

    String message() default
            "มีอักขระควบคุมหรืออักขระที่ไม่ใช่ข้อความ กรุณาลบออก / Contains control or non-text characters: remove them";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
