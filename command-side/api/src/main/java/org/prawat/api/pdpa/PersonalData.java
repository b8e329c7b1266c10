package org.prawat.api.pdpa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Personal data under the PDPA (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562) of the person the record's
 * {@link org.prawat.api.employee.EmployeeId} names: stored encrypted with that person's own key, and
 * read back as {@code null} once the key has been destroyed on a lawful request ({@link
 * ErasePersonalData}). Only on record components of a reference type that may be null; the record
 * must have exactly one {@code EmployeeId} component. On a command, it marks the command as naming
 * the person's personal data: refused once they have been erased.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PersonalData {}
