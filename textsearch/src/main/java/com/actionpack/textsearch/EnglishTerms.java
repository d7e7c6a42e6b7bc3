package com.actionpack.textsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English search terms of a text, by Lucene's analyzers (R20a): words split by Unicode rules,
 * lower-cased, accents folded to ASCII ("Résumé" and "resume" alike), possessives and stop
 * words dropped, and each word reduced to its Porter stem ("renewing", "renewal" and "renew"
 * all give "renew"; "cancellation" gives "cancel"). The same analysis is used for the text
 * searched and the query, so they meet on stems. Thread-safe; one instance serves all.
 */
public final class EnglishTerms {

    /** Lucene is loaded on the first use, not when the app starts (start-up time is measured). */
    private static final class Lucene {

        /**
         * Lucene's English stop words plus the question words people type ("how do I renew"):
         * they carry no subject, and matching them would rank every answer that says "you can".
         */
        private static final CharArraySet STOP_WORDS;

        static {
            CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
            words.addAll(List.of("how", "what", "why", "when", "where", "which", "who", "do", "does", "did", "can", "could",
                    "i", "me", "my", "we", "our", "you", "your", "have", "has"));
            STOP_WORDS = CharArraySet.unmodifiableSet(words);
        }

        /** Thread-safe: Lucene keeps one token stream per thread. */
        private static final Analyzer ANALYZER = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new ASCIIFoldingFilter(result);
                result = new EnglishPossessiveFilter(result);
                result = new StopFilter(result, STOP_WORDS);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The stems of {@code text}'s words, in order, repeats kept (they count as term frequency). Null reads as "". */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = Lucene.ANALYZER.tokenStream("text", text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Reading a String cannot fail; say so loudly if it ever does.
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
