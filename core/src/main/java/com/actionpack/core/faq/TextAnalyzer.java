package com.actionpack.core.faq;

import java.util.List;

/**
 * Out-port (R20a): the search terms of a text, each word reduced to its stem, lower-cased and
 * with accents folded, stop words dropped, repeats kept. The same analysis applies to the text
 * searched and to the query. The app's adapter is Lucene's English analysis.
 */
@FunctionalInterface
public interface TextAnalyzer {

    /** The terms of {@code text} in order; an empty list for null, blank or stop words only. */
    List<String> terms(String text);
}
