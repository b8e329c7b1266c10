package org.prawat.infra.thaianalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ThaiAnalysisComponentsTest {

    /** The chain the {@code thai} analyzer of the component template builds. */
    private static List<String> analyze(String text) throws IOException {
        Tokenizer tokenizer = new ThaiTokenizerFactory().create();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream =
                new ThaiDigitsTokenFilterFactory().create(new LowercaseTokenFilterFactory().create(tokenizer));
        List<String> terms = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @Test
    void segmentsThaiIntoWords() throws IOException {
        List<String> terms = analyze("การพัฒนาพนักงานส่วนตำบล");
        assertTrue(terms.contains("พนักงาน"), () -> "terms: " + terms);
        assertTrue(terms.size() > 1, () -> "terms: " + terms);
    }

    @Test
    void keepsOfficialWordsWhole() throws IOException {
        List<String> terms = analyze("โครงการปฐมนิเทศพนักงานใหม่");
        assertTrue(terms.contains("ปฐมนิเทศ"), () -> "terms: " + terms);
        assertTrue(terms.contains("พนักงาน"), () -> "terms: " + terms);
    }

    @Test
    void foldsThaiDigits() throws IOException {
        assertEquals(List.of("2565"), analyze("๒๕๖๕"));
        assertTrue(analyze("ปีงบประมาณ ๒๕๖๕").contains("2565"));
    }

    @Test
    void lowerCasesLatin() throws IOException {
        assertEquals(List.of("excel", "hr"), analyze("Excel HR"));
    }

    @Test
    void normalizeAppliesTheFilters() throws IOException {
        Tokenizer tokenizer = new ThaiTokenizerFactory().create();
        tokenizer.setReader(new StringReader("ABC๑๒"));
        TokenStream stream =
                new ThaiDigitsTokenFilterFactory().normalize(new LowercaseTokenFilterFactory().normalize(tokenizer));
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        List<String> terms = new ArrayList<>();
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        assertEquals("abc12", String.join("", terms));
    }
}
