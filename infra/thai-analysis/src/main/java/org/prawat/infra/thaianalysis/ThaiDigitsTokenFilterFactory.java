package org.prawat.infra.thaianalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Folds Thai digits (๐–๙), and any other Unicode decimal digit, to ASCII 0–9, so that "๒๕๖๕" and
 * "2565" index and match as the same token.
 */
@NamedComponent(ThaiDigitsTokenFilterFactory.NAME)
public class ThaiDigitsTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "prawat_thai_digits";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new DecimalDigitFilter(tokenStream);
    }

    /** Also applies to normalizers and to multi-term queries (prefix, wildcard, fuzzy). */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
