package dev.statusdocs.detect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.SourceSpec;
import dev.statusdocs.model.Spec;
import dev.statusdocs.yaml.LocatedYaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The finding messages in both languages, from {@code messages.yaml} beside this class. A message is filled in
 * with named values; a value that is a {@code Map<Lang, String>} gives each language its own text. Sources are
 * named as the manifest names them for readers, not by their ids.
 */
final class Messages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private final Map<String, Map<Lang, String>> catalogue;
    private final Map<String, Map<Lang, String>> sourceNames;

    Messages(Map<String, Map<Lang, String>> catalogue) {
        this(catalogue, Map.of());
    }

    private Messages(Map<String, Map<Lang, String>> catalogue, Map<String, Map<Lang, String>> sourceNames) {
        this.catalogue = Map.copyOf(catalogue);
        this.sourceNames = Map.copyOf(sourceNames);
    }

    /** These messages, naming the sources as {@code specs} name them for readers. */
    Messages naming(Collection<SourceSpec> specs) {
        Map<String, Map<Lang, String>> names = new TreeMap<>();
        for (SourceSpec spec : specs) {
            Map<Lang, String> byLang = new EnumMap<>(Lang.class);
            for (Lang lang : Lang.values()) {
                byLang.put(lang, spec.nameIn(lang));
            }
            names.put(spec.id(), byLang);
        }
        return new Messages(catalogue, names);
    }

    /** Names of sources in each language: a message that opens with one opens with a capital. */
    record SourceName(Map<Lang, String> byLang) {
    }

    /** A source as prose names it in each language; a source the manifest does not know keeps its id. */
    SourceName source(String id) {
        return new SourceName(sourceNames.getOrDefault(id, Map.of(Lang.EN, id, Lang.ZH, id)));
    }

    /** Sources named and joined as a sentence lists them: "A, B and C". */
    SourceName sourceList(List<String> ids) {
        List<Map<Lang, String>> names = ids.stream().map(id -> source(id).byLang()).toList();
        if (names.size() < 2) {
            return new SourceName(names.isEmpty() ? Map.of(Lang.EN, "", Lang.ZH, "") : names.get(0));
        }
        Map<Lang, String> head = join(names.subList(0, names.size() - 1));
        return new SourceName(format("list-last", "head", head, "last", names.get(names.size() - 1)));
    }

    /** How many times, as a reader would write it: "twice", "3 times". */
    Map<Lang, String> times(int count) {
        return switch (count) {
            case 2 -> format("times.2");
            case 3 -> format("times.3");
            default -> format("times.other", "count", count);
        };
    }

    static Messages load() {
        String yaml;
        try (InputStream in = Messages.class.getResourceAsStream("messages.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the finding messages", e);
        }
        List<Diagnostic> problems = new ArrayList<>();
        LocatedYaml messages = LocatedYaml.parse("messages.yaml", yaml, 0, problems)
                .filter(parsed -> problems.isEmpty())
                .orElseThrow(() -> new IllegalStateException("the finding messages are not valid YAML: " + problems));
        Map<String, Map<Lang, String>> catalogue = new TreeMap<>();
        for (Map.Entry<String, JsonNode> message : messages.root().properties()) {
            Map<Lang, String> byLang = new EnumMap<>(Lang.class);
            message.getValue().properties().forEach(text -> byLang.put(Lang.fromTag(text.getKey()),
                    text.getValue().asText()));
            catalogue.put(message.getKey(), byLang);
        }
        return new Messages(catalogue);
    }

    Set<String> keys() {
        return new TreeSet<>(catalogue.keySet());
    }

    /** The message in both languages; {@code values} alternate names and values, such as {@code "code", 404}. */
    Map<Lang, String> format(String key, Object... values) {
        Map<Lang, String> texts = catalogue.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no finding message '" + key + "'");
        }
        Map<String, Object> named = new TreeMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            named.put((String) values[i], values[i + 1]);
        }
        Map<Lang, String> filled = new EnumMap<>(Lang.class);
        texts.forEach((lang, text) -> filled.put(lang, fill(key, text, lang, named)));
        return filled;
    }

    /** The values joined the way each language writes a list. */
    Map<Lang, String> join(List<?> values) {
        return join("list-separator", values);
    }

    /** The values joined by the message {@code separatorKey}, such as "and". */
    Map<Lang, String> join(String separatorKey, List<?> values) {
        Map<Lang, String> separator = format(separatorKey);
        Map<Lang, String> joined = new EnumMap<>(Lang.class);
        separator.forEach((lang, between) -> joined.put(lang,
                String.join(between, values.stream().map(value -> textIn(value, lang)).toList())));
        return joined;
    }

    /** A spec label such as "RFC 9110, Section 15.5.20" as each language writes it. */
    Map<Lang, String> specLabel(String label) {
        return Spec.rfcSection(label)
                .map(rfc -> format("spec-section", "rfc", rfc.rfc(), "section", rfc.section()))
                .orElse(Map.of(Lang.EN, label, Lang.ZH, label));
    }

    /** The names a message uses, such as {@code [code, source]}. */
    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            names.add(placeholder.group(1));
        }
        return names;
    }

    Map<Lang, String> texts(String key) {
        return catalogue.get(key);
    }

    /**
     * The message with each placeholder replaced. A message that opens with a source's name opens with a capital;
     * in Chinese, the space the message keeps around a name is dropped where the name itself is Chinese.
     */
    private static String fill(String key, String text, Lang lang, Map<String, Object> named) {
        StringBuilder out = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int last = 0;
        boolean opensWithName = false;
        while (placeholder.find()) {
            if (!named.containsKey(placeholder.group(1))) {
                throw new IllegalArgumentException("finding message '" + key + "' needs a value for {"
                        + placeholder.group(1) + "}");
            }
            Object raw = named.get(placeholder.group(1));
            opensWithName |= placeholder.start() == 0 && raw instanceof SourceName;
            String value = textIn(raw, lang);
            out.append(text, last, placeholder.start());
            last = placeholder.end();
            if (lang == Lang.ZH && !value.isEmpty()) {
                int before = out.length() - 1;
                if (before > 0 && out.charAt(before) == ' ' && isChinese(out.charAt(before - 1))
                        && isChinese(value.charAt(0))) {
                    out.setLength(before);
                }
                if (last + 1 < text.length() && text.charAt(last) == ' ' && isChinese(text.charAt(last + 1))
                        && isChinese(value.charAt(value.length() - 1))) {
                    last++;
                }
            }
            out.append(value);
        }
        out.append(text, last, text.length());
        if (lang == Lang.EN && opensWithName && !out.isEmpty()) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    /** A Chinese character or full-width punctuation. */
    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }

    private static String textIn(Object value, Lang lang) {
        if (value instanceof SourceName name) {
            return name.byLang().get(lang);
        }
        if (value instanceof Map<?, ?> byLang) {
            return String.valueOf(byLang.get(lang));
        }
        return String.valueOf(value);
    }
}
