package org.prawat.infra.thaianalysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Lower-cases tokens (Latin words inside Thai text: "HR", "Excel"). Named {@code prawat_lowercase}
 * because the server already registers {@code lowercase}.
 */
@NamedComponent(LowercaseTokenFilterFactory.NAME)
public class LowercaseTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "prawat_lowercase";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new LowerCaseFilter(tokenStream);
    }

    /** Also applies to normalizers and to multi-term queries (prefix, wildcard, fuzzy). */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
