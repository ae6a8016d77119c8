package dev.statusdocs.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.statusdocs.render.SearchDocuments.Entry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The search index, built once at build time and written as a script ({@code assets/search-index.js}) that assigns
 * a global, so that it loads from {@code file://} too: a sorted vocabulary of every token, each with its postings
 * (which code, in which field), and what a result shows of each code. The browser only looks words up in it.
 *
 * <p>To stay within the size budget (80 KB gzipped) the Chinese pairs, most of the vocabulary, are front-coded: a
 * digit for the characters shared with the previous term, at most 9, then the rest. The postings of each term are
 * comma-separated differences (0 for a repeat); entries are separated by spaces, which no token contains.
 */
final class SearchIndex {
    static final String PATH = "assets/search-index.js";
    static final String GLOBAL = "statusdocsIndex";
    static final String TEXT_PATH = "assets/search-text.js";
    static final String TEXT_GLOBAL = "statusdocsText";

    private static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build();

    /**
     * The fields a token is found in, from the strongest to the weakest. A posting is {@code doc * size + field},
     * repeated once for each time the token occurs there, up to {@link #MOST_REPEATS}, so that ranking can count.
     */
    enum Field { NAMES, CLASS, CONSTANTS, SUMMARY, HEADINGS, BODY }

    private static final List<String> FIELDS =
            Stream.of(Field.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    /** Entries per block of the index; see {@link #ofBlocks}. */
    private static final int BLOCK = 8;
    private static final int MAX_SHARED = 9;
    static final int MOST_REPEATS = 9;

    /** What a result shows of a code: its names and, for snippets, its summaries and headings. */
    record Shown(String code, List<String> names, List<String> summary, List<String> headings) {
    }

    /** The index: {@code postings[i]} belongs to {@code terms[i]}, terms sorted by UTF-16 code units. */
    record Built(List<String> fields, List<Shown> docs, List<String> terms, List<int[]> postings) {
        /**
         * Chinese pairs apart from the other words: the browser unpacks them only when a query holds Chinese. The
         * other words stay a plain list, which the browser reads faster at the first focus than it unpacks them.
         */
        Written packed() {
            List<String> words = new ArrayList<>();
            StringJoiner wordPostings = new StringJoiner(" ");
            List<String> han = new ArrayList<>();
            StringJoiner hanPostings = new StringJoiner(" ");
            for (int i = 0; i < terms.size(); i++) {
                boolean isHan = SearchTokens.isHan(terms.get(i));
                (isHan ? han : words).add(terms.get(i));
                (isHan ? hanPostings : wordPostings).add(differences(postings.get(i)));
            }
            return new Written(fields, docs, new Words(words, wordPostings.toString()),
                    new Vocabulary(frontCoded(han), hanPostings.toString()));
        }
    }

    /** Sorted terms and their postings, space-separated. */
    record Words(List<String> terms, String postings) {
    }

    /** Sorted terms, front-coded, and their postings, both space-separated. */
    record Vocabulary(String terms, String postings) {
    }

    /** The index as the browser reads it. */
    record Written(List<String> fields, List<Shown> docs, Words words, Vocabulary han) {
    }

    private SearchIndex() {
    }

    static Built build(List<Entry> entries) {
        return build(0, entries, SearchIndex::terms);
    }

    /**
     * One code's terms, each with how often it occurs in each field (indexed by {@link Field#ordinal}). The index
     * is assembled from these, so that {@code serve} re-tokenizes only the page that changed.
     */
    static Map<String, int[]> terms(Entry entry) {
        Map<String, int[]> counts = new HashMap<>();
        for (Field field : Field.values()) {
            for (String text : texts(entry, field)) {
                for (String term : SearchTokens.tokens(text)) {
                    counts.computeIfAbsent(term, t -> new int[Field.values().length])[field.ordinal()]++;
                }
            }
        }
        return counts;
    }

    /**
     * The index of {@code entries}, which are numbered from {@code first}.
     *
     * @param termsOf each entry's {@link #terms}, which {@code serve} remembers per entry
     */
    static Built build(int first, List<Entry> entries, Function<Entry, Map<String, int[]>> termsOf) {
        // Documents are visited in order and fields in order, so each term's postings arrive sorted.
        Map<String, IntStream.Builder> postings = new HashMap<>();
        List<Shown> docs = new ArrayList<>();
        int size = Field.values().length;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int doc = first + i;
            docs.add(shown(entry));
            for (Map.Entry<String, int[]> term : termsOf.apply(entry).entrySet()) {
                IntStream.Builder list = postings.computeIfAbsent(term.getKey(), t -> IntStream.builder());
                int[] counts = term.getValue();
                for (int field = 0; field < size; field++) {
                    for (int repeat = 0; repeat < Math.min(counts[field], MOST_REPEATS); repeat++) {
                        list.add(doc * size + field);
                    }
                }
            }
        }
        List<String> terms = new ArrayList<>(postings.keySet());
        terms.sort(null);
        List<int[]> lists = new ArrayList<>(terms.size());
        terms.forEach(term -> lists.add(postings.get(term).build().toArray()));
        return new Built(FIELDS, docs, List.copyOf(terms), lists);
    }

    /**
     * The index of all entries, merged from the indexes of consecutive blocks of {@link #BLOCK} entries, so that
     * {@code serve}, which remembers each block's index, indexes again only the block an edit falls in.
     *
     * @param blockIndex the index of the entries from a first one, as {@link #build(int, List, Function)} makes it
     */
    static Built ofBlocks(List<Entry> entries, BiFunction<Integer, List<Entry>, Built> blockIndex) {
        Built all = new Built(FIELDS, List.of(), List.of(), List.of());
        for (int first = 0; first < entries.size(); first += BLOCK) {
            all = merge(all, blockIndex.apply(first, entries.subList(first, Math.min(first + BLOCK, entries.size()))));
        }
        return all;
    }

    /** The index of {@code before}'s documents followed by {@code after}'s: both vocabularies merged in order. */
    static Built merge(Built before, Built after) {
        List<String> terms = new ArrayList<>();
        List<int[]> postings = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.terms().size() || j < after.terms().size()) {
            int order = i == before.terms().size() ? 1
                    : j == after.terms().size() ? -1 : before.terms().get(i).compareTo(after.terms().get(j));
            if (order <= 0) {
                terms.add(before.terms().get(i));
                postings.add(order < 0 ? before.postings().get(i) : joined(before.postings().get(i), after.postings().get(j++)));
                i++;
            } else {
                terms.add(after.terms().get(j));
                postings.add(after.postings().get(j++));
            }
        }
        List<Shown> docs = new ArrayList<>(before.docs());
        docs.addAll(after.docs());
        return new Built(FIELDS, docs, terms, postings);
    }

    private static int[] joined(int[] first, int[] second) {
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static byte[] script(List<Entry> entries, BiFunction<Integer, List<Entry>, Built> blockIndex) {
        Written index = ofBlocks(entries, blockIndex).packed();
        return assignment(GLOBAL, json -> {
            json.writeStartObject();
            writeStrings(json, "fields", index.fields());
            json.writeArrayFieldStart("docs");
            for (Shown doc : index.docs()) {
                json.writeStartObject();
                json.writeStringField("code", doc.code());
                writeStrings(json, "names", doc.names());
                writeStrings(json, "summary", doc.summary());
                writeStrings(json, "headings", doc.headings());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("words");
            writeStrings(json, "terms", index.words().terms());
            json.writeStringField("postings", index.words().postings());
            json.writeEndObject();
            json.writeObjectFieldStart("han");
            json.writeStringField("terms", index.han().terms());
            json.writeStringField("postings", index.han().postings());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /**
     * The body text of each code, in the index's order and one text per language, for snippets only: the browser
     * loads it after the index is ready, so it counts neither against the index's size nor against the first focus.
     */
    static byte[] textScript(Collection<Entry> entries) {
        return assignment(TEXT_GLOBAL, json -> {
            json.writeStartArray();
            for (Entry entry : entries) {
                json.writeStartArray();
                for (String text : entry.body()) {
                    json.writeString(text);
                }
                json.writeEndArray();
            }
            json.writeEndArray();
        });
    }

    /** Writes one JSON value. */
    private interface Value {
        void write(JsonGenerator json) throws IOException;
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static byte[] assignment(String global, Value value) {
        StringWriter text = new StringWriter().append("window.").append(global).append(" = ");
        try (JsonGenerator json = JSON.createGenerator(text)) {
            value.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + global, e);
        }
        return text.append(";\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(Entry entry, Field field) {
        return switch (field) {
            case NAMES -> Stream.concat(entry.names().stream(), entry.aliases().stream()).toList();
            case CLASS -> entry.labels();
            case SUMMARY -> entry.summary();
            case HEADINGS -> entry.headings();
            case BODY -> entry.body();
            case CONSTANTS -> entry.constants();
        };
    }

    private static Shown shown(Entry entry) {
        return new Shown(entry.code(), entry.names(), entry.summary(), entry.headings());
    }

    static String frontCoded(List<String> terms) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String term : terms) {
            int shared = 0;
            while (shared < MAX_SHARED && shared < term.length() && shared < previous.length()
                    && term.charAt(shared) == previous.charAt(shared)) {
                shared++;
            }
            out.append(out.isEmpty() ? "" : " ").append(shared).append(term, shared, term.length());
            previous = term;
        }
        return out.toString();
    }

    static String differences(int[] sorted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sorted.length; i++) {
            out.append(i == 0 ? "" : ",").append(i == 0 ? sorted[0] : sorted[i] - sorted[i - 1]);
        }
        return out.toString();
    }

    /** Writes {@code <}, {@code >} and {@code &} as \\u escapes, so the data can never close a script element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
