package org.prawat.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextValidatorTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "การพัฒนาศักยภาพบุคลากร",
                "<script>alert('x')</script>",
                "'; DROP TABLE event_journal; --",
                "title:* OR nationalId:[0 TO 9] \\ \" { }",
                "\u0e48\u0e48\u0e31ก", // tone marks before any consonant, doubled
                "บรรทัดหนึ่ง\nบรรทัดสอง\tแท็บ\r\n",
                "𠀀 emoji 😀" // characters outside the BMP, as surrogate pairs
            })
    void text_a_person_can_type_is_kept_as_given(String text) {
        assertThat(PlainTextValidator.isPlain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ก\u0000ข", "bell\u0007", "escape\u001b[31m", "c1\u0085", "\ud800alone", "low\udc00", "\uffff"})
    void control_and_non_text_characters_are_refused(String text) {
        assertThat(PlainTextValidator.isPlain(text)).isFalse();
    }
}
