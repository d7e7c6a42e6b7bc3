package com.actionpack.core.usecase.faq;

import com.actionpack.core.faq.FaqEntry;
import com.actionpack.core.faq.HelpPlaces;
import com.actionpack.core.faq.TextAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-port: the source's FAQ and how-to sections, browsable and searchable (R20, R20a). The
 * text is the source document's own, kept as a resource (a test keeps it equal to
 * docs/source/buy-or-renew-action-pack.md) and turned into plain text once at construction;
 * its Partner Center links become the places in this app that do the same job
 * ({@link HelpPlaces}). Search meets the text on word stems ({@link TextAnalyzer}) and ranks.
 */
public final class FaqService {

    static final String SOURCE = "buy-or-renew-action-pack.md";
    static final String FAQ_HEADING = "Frequently Asked Questions";
    /** The source's sections that are not how-to text: the benefit tables (Benefits shows them) and the links out. */
    private static final List<String> NOT_HELP = List.of("Microsoft Action Pack Benefit details",
            "Learning Action Pack Benefit details", "Next steps", FAQ_HEADING);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]*)\\)");
    private static final Pattern ALERT = Pattern.compile("^>\\s*\\[!(\\w+)]\\s*$");
    /** A question's words weigh more than the answer's: "how do I renew" is about the question that says renew. */
    private static final double QUESTION_WEIGHT = 2.0;

    private final List<FaqEntry> entries;
    private final TextAnalyzer analyzer;
    /** Built on the first search, so that starting the app does not analyse the help text. */
    private Index index;

    public FaqService(TextAnalyzer analyzer) {
        this(readResource(SOURCE), analyzer);
    }

    FaqService(String sourceMarkdown, TextAnalyzer analyzer) {
        this.entries = parse(sourceMarkdown);
        this.analyzer = analyzer;
    }

    private synchronized Index index() {
        if (index == null) {
            List<Terms> terms = entries.stream()
                    .map(e -> new Terms(count(analyzer.terms(e.question())), count(analyzer.terms(e.answer())))).toList();
            Map<String, Integer> documentFrequency = new HashMap<>();
            for (Terms t : terms) {
                Set<String> distinct = new LinkedHashSet<>(t.question.keySet());
                distinct.addAll(t.answer.keySet());
                distinct.forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            }
            index = new Index(terms, documentFrequency);
        }
        return index;
    }

    /** The source's five FAQ questions in its order, then its how-to sections in its order. */
    public List<FaqEntry> all() {
        return entries;
    }

    /**
     * R20a: the entries that share a word stem with {@code query}, best first: more of the
     * query's distinct stems matched first, then the higher score (each matched stem weighted by
     * how rare it is across entries and how often it occurs, a question's words counting
     * double), then the entries' own order. A blank query (or one of stop words only) lists all.
     */
    public List<FaqEntry> search(String query) {
        List<String> wanted = List.copyOf(new LinkedHashSet<>(analyzer.terms(query)));
        if (wanted.isEmpty()) {
            return entries;
        }
        Index index = index();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Terms t = index.terms().get(i);
            int matched = 0;
            double score = 0;
            for (String term : wanted) {
                int inQuestion = t.question.getOrDefault(term, 0);
                int inAnswer = t.answer.getOrDefault(term, 0);
                if (inQuestion + inAnswer == 0) {
                    continue;
                }
                matched++;
                double idf = Math.log(1 + (double) entries.size() / index.documentFrequency().get(term));
                score += idf * (QUESTION_WEIGHT * damped(inQuestion) + damped(inAnswer));
            }
            if (matched > 0) {
                hits.add(new Hit(i, matched, score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::matched).reversed().thenComparing(Comparator.comparingDouble(Hit::score).reversed())
                .thenComparingInt(Hit::position));
        return hits.stream().map(h -> entries.get(h.position())).toList();
    }

    private static double damped(int frequency) {
        return frequency == 0 ? 0 : 1 + Math.log(frequency);
    }

    private static Map<String, Integer> count(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    private record Terms(Map<String, Integer> question, Map<String, Integer> answer) {
    }

    private record Index(List<Terms> terms, Map<String, Integer> documentFrequency) {
    }

    private record Hit(int position, int matched, double score) {
    }

    /**
     * The FAQ's questions ({@code ### } under the FAQ heading) and then the how-to sections
     * ({@code ## } headings, their heading as the question), answers in plain text.
     */
    static List<FaqEntry> parse(String markdown) {
        List<FaqEntry> faq = new ArrayList<>();
        List<FaqEntry> guide = new ArrayList<>();
        String section = null;
        String question = null;
        StringBuilder answer = new StringBuilder();
        boolean inFaq = false;
        for (String line : markdown.split("\\R")) {
            boolean sectionHeading = line.startsWith("## ");
            boolean questionHeading = line.startsWith("### ") && inFaq;
            if (sectionHeading || questionHeading) {
                add(inFaq ? faq : guide, question, answer);
                question = null;
                if (sectionHeading) {
                    section = line.substring(3).strip();
                    String heading = section;
                    inFaq = section.startsWith(FAQ_HEADING);
                    question = NOT_HELP.stream().anyMatch(heading::startsWith) ? null : plain(section);
                } else {
                    question = plain(line.substring(4));
                }
                answer.setLength(0);
            } else if (question != null) {
                String text = plain(line);
                if (!text.startsWith(":::")) {
                    answer.append(text).append('\n');
                }
            }
        }
        add(inFaq ? faq : guide, question, answer);
        List<FaqEntry> all = new ArrayList<>(faq);
        all.addAll(guide);
        return List.copyOf(all);
    }

    private static void add(List<FaqEntry> to, String question, StringBuilder answer) {
        if (question != null && !answer.toString().isBlank()) {
            to.add(new FaqEntry(question, answer.toString().strip().replaceAll("\\n{3,}", "\n\n")));
        }
    }

    /**
     * One line of Markdown as prose (R20a): page names this app does not have become its own
     * places, each link becomes the place in this app that does its job (or says it is outside),
     * emphasis and note markers go.
     */
    static String plain(String markdown) {
        String line = markdown;
        for (Map.Entry<String, String> phrase : HelpPlaces.phrases().entrySet()) {
            line = line.replace(phrase.getKey(), phrase.getValue());
        }
        Matcher m = LINK.matcher(line);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            String replacement = HelpPlaces.link(m.group(2)).orElse(m.group(1).replaceAll("(?i)^learn more\\.?$", "")
                    + " (a Partner Center page outside this app)");
            out.append(line, from, m.start()).append(replacement);
            from = m.end();
            // A replacement that is a whole sentence brings its own full stop: the source's stop
            // after the link ("[Learn More](...).") would end it twice ("valid..").
            if (endsSentence(replacement) && from < line.length() && line.charAt(from) == '.') {
                from++;
            }
        }
        out.append(line, from, line.length());
        Matcher alert = ALERT.matcher(out);
        if (alert.matches()) {
            String word = alert.group(1);
            return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT) + ":";
        }
        return out.toString()
                .replaceAll("^>\\s?", "")
                .replace("**", "")
                .stripTrailing();
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    private static String readResource(String name) {
        try (InputStream in = FaqService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("help resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
