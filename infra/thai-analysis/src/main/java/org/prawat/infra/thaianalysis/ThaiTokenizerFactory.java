package org.prawat.infra.thaianalysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Thai word segmentation with Lucene's {@link ThaiTokenizer} (the JDK's dictionary-based Thai
 * break iterator). Latin words and numbers become tokens of their own as well.
 *
 * <p>The name does not clash with the {@code thai} tokenizer that a full Elasticsearch distribution
 * ships, so one mapping works both on the minimal local distribution and in production.
 */
@NamedComponent(ThaiTokenizerFactory.NAME)
public class ThaiTokenizerFactory implements TokenizerFactory {

    public static final String NAME = "prawat_thai_tokenizer";

    @Override
    public Tokenizer create() {
        return new ThaiTokenizer();
    }
}
