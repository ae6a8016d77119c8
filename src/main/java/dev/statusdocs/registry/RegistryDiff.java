package dev.statusdocs.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a newer IANA file changes in ours: codes added, removed, renamed (Description changed) and re-referenced
 * (Reference changed). Unassigned ranges are not compared as rows: a range split by a new code shows as that code.
 */
public final class RegistryDiff {
    private static final String NO_REFERENCE = "(no reference)";

    /** The kinds of change, in the order a code's changes are listed. */
    public enum Kind {
        ADDED("added"), REMOVED("removed"), RENAMED("renamed"), REREFERENCED("re-referenced");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** One change to one code. */
    public record Change(int code, Kind kind, IanaCsv.Row ours, IanaCsv.Row theirs) {
        /** The change as one readable line, such as {@code 413 renamed: "Payload Too Large" -> "Content Too Large"}. */
        public String line() {
            String what = switch (kind) {
                case ADDED -> quoted(theirs.description()) + " " + reference(theirs);
                case REMOVED -> quoted(ours.description()) + " " + reference(ours);
                case RENAMED -> quoted(ours.description()) + " -> " + quoted(theirs.description());
                case REREFERENCED -> reference(ours) + " -> " + reference(theirs);
            };
            return code + " " + kind.word() + ": " + what;
        }

        private static String quoted(String description) {
            return "\"" + description + "\"";
        }

        private static String reference(IanaCsv.Row row) {
            return row.reference().isEmpty() ? NO_REFERENCE : row.reference();
        }
    }

    private RegistryDiff() {
    }

    /** The changes from {@code ours} to {@code theirs}, in code order. */
    public static List<Change> between(List<IanaCsv.Row> ours, List<IanaCsv.Row> theirs) {
        Map<Integer, IanaCsv.Row> before = byCode(ours);
        Map<Integer, IanaCsv.Row> after = byCode(theirs);
        List<Change> changes = new ArrayList<>();
        TreeSet<Integer> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        for (int code : codes) {
            IanaCsv.Row old = before.get(code);
            IanaCsv.Row now = after.get(code);
            if (old == null) {
                changes.add(new Change(code, Kind.ADDED, null, now));
            } else if (now == null) {
                changes.add(new Change(code, Kind.REMOVED, old, null));
            } else {
                if (!old.description().equals(now.description())) {
                    changes.add(new Change(code, Kind.RENAMED, old, now));
                }
                if (!Objects.equals(old.reference(), now.reference())) {
                    changes.add(new Change(code, Kind.REREFERENCED, old, now));
                }
            }
        }
        return changes;
    }

    /** "1 added, 0 removed, 2 renamed, 0 re-referenced". */
    public static String counts(List<Change> changes) {
        Map<Kind, Long> byKind = changes.stream().collect(Collectors.groupingBy(Change::kind, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            parts.add(byKind.getOrDefault(kind, 0L) + " " + kind.word());
        }
        return String.join(", ", parts);
    }

    private static Map<Integer, IanaCsv.Row> byCode(List<IanaCsv.Row> rows) {
        return rows.stream().filter(IanaCsv.Row::assigned)
                .collect(Collectors.toMap(IanaCsv.Row::low, Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
