package dev.statusdocs.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.statusdocs.model.Diagnostic;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Vendor;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.model.Vendors;
import dev.statusdocs.yaml.FieldTable;
import dev.statusdocs.yaml.LocatedYaml;
import dev.statusdocs.yaml.YamlSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the vendor data file; every problem is a diagnostic naming line and column. */
public final class VendorReader {
    public static final String FILE = "content/vendors.yaml";
    private static final FieldTable TOP = FieldTable.required("vendors", "codes");
    private static final FieldTable VENDOR = FieldTable.required("id", "name", "site");
    private static final FieldTable CODE = FieldTable.required("code", "vendor", "name", "docs", "checked")
            .optional("note", "names_code");
    private static final FieldTable NOTE = FieldTable.required("en", "zh");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    private final LocalDate today;

    /** @param today the latest date a row may say its documentation was checked */
    public VendorReader(LocalDate today) {
        this.today = today;
    }

    /** The vendors and codes, and what is wrong with the file. */
    public record Result(Vendors vendors, List<Diagnostic> diagnostics) {
    }

    public Result read(String yaml) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<LocatedYaml> parsed = LocatedYaml.parse(FILE, yaml, 0, diagnostics);
        if (parsed.isEmpty()) {
            return new Result(new Vendors(List.of(), List.of(), true), diagnostics);
        }
        LocatedYaml doc = parsed.get();
        YamlSchema schema = new YamlSchema(doc, diagnostics);
        schema.check("", TOP);
        Map<String, Vendor> vendors = vendors(doc, schema, diagnostics);
        List<VendorCode> codes = codes(doc, schema, diagnostics, vendors);
        return new Result(new Vendors(List.copyOf(vendors.values()), codes, true), diagnostics);
    }

    private Map<String, Vendor> vendors(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics) {
        Map<String, Vendor> vendors = new LinkedHashMap<>();
        JsonNode list = list(doc, "vendors", diagnostics);
        for (int i = 0; i < list.size(); i++) {
            String path = "vendors[" + i + "]";
            int before = diagnostics.size();
            schema.check(path, VENDOR);
            JsonNode node = list.get(i);
            String id = text(doc, path + ".id", diagnostics);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                diagnostics.add(doc.error(path + ".id", "vendor id '" + id + "' is not a short lower-case name",
                        "use lower-case letters, digits and '-', starting with a letter, such as 'microsoft-iis'"));
            } else if (vendors.containsKey(id)) {
                diagnostics.add(doc.error(path + ".id", "vendor '" + id + "' is listed twice"));
            }
            text(doc, path + ".name", diagnostics);
            https(doc, path + ".site", diagnostics);
            if (diagnostics.size() == before) {
                vendors.put(id, new Vendor(id, node.path("name").asText(), node.path("site").asText()));
            }
        }
        return vendors;
    }

    private List<VendorCode> codes(LocatedYaml doc, YamlSchema schema, List<Diagnostic> diagnostics,
                                   Map<String, Vendor> vendors) {
        List<VendorCode> codes = new ArrayList<>();
        Map<String, Integer> rows = new HashMap<>();
        JsonNode list = list(doc, "codes", diagnostics);
        for (int i = 0; i < list.size(); i++) {
            String path = "codes[" + i + "]";
            int before = diagnostics.size();
            schema.check(path, CODE);
            JsonNode node = list.get(i);
            int code = node.path("code").asInt();
            if (!node.path("code").isInt() || code < 100 || code > 599) {
                diagnostics.add(doc.error(path + ".code", "a status code is a number from 100 to 599",
                        "a number outside that range is not a status code at all; its page says 'invalid' and needs no vendor"));
            }
            String vendor = text(doc, path + ".vendor", diagnostics);
            if (!vendor.isEmpty() && !vendors.containsKey(vendor) && !listed(doc, vendor)) {
                diagnostics.add(doc.error(path + ".vendor", "unknown vendor '" + vendor + "'",
                        YamlSchema.suggestion(vendors.keySet(), vendor, "vendors listed under 'vendors:'")));
            }
            Integer first = rows.putIfAbsent(code + " " + vendor, i);
            if (first != null && diagnostics.size() == before) {
                LocatedYaml.Position at = doc.valuePosition("codes[" + first + "]");
                diagnostics.add(doc.error(path, "code " + code + " of vendor '" + vendor + "' is listed twice; the first is at line "
                        + at.line(), "keep one row per code and vendor"));
            }
            text(doc, path + ".name", diagnostics);
            https(doc, path + ".docs", diagnostics);
            LocalDate checked = date(doc, path + ".checked", diagnostics);
            Map<Lang, String> note = note(doc, schema, path + ".note", diagnostics);
            JsonNode namesCode = node.path("names_code");
            if (!namesCode.isMissingNode() && !namesCode.isBoolean()) {
                diagnostics.add(doc.error(path + ".names_code", "names_code must be true or false",
                        "write 'names_code: false' when the linked page is only the vendor's closest page about the code"));
            }
            if (diagnostics.size() == before) {
                LocatedYaml.Position at = doc.valuePosition(path);
                codes.add(new VendorCode(code, vendor, node.path("name").asText(), node.path("docs").asText(),
                        checked, note, namesCode.asBoolean(true), at.line(), at.column()));
            }
        }
        return codes;
    }

    /** Whether a vendor of this id is listed, though with problems of its own (reported there, not again here). */
    private static boolean listed(LocatedYaml doc, String id) {
        for (JsonNode vendor : doc.root().path("vendors")) {
            if (id.equals(vendor.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode list(LocatedYaml doc, String path, List<Diagnostic> diagnostics) {
        JsonNode node = doc.node(path);
        if (!node.isMissingNode() && !node.isNull() && !node.isArray()) {
            diagnostics.add(doc.error(path, "expected a list of entries, each starting with '- '"));
        }
        return node.isArray() ? node : MissingNode.getInstance();
    }

    private static String text(LocatedYaml doc, String path, List<Diagnostic> diagnostics) {
        JsonNode node = doc.node(path);
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            diagnostics.add(doc.error(path, "expected text here"));
            return "";
        }
        return node.asText();
    }

    private static void https(LocatedYaml doc, String path, List<Diagnostic> diagnostics) {
        String url = text(doc, path, diagnostics);
        if (!url.isEmpty()) {
            WebAddress.rejection(url).ifPresent(problem -> diagnostics.add(doc.error(path, problem,
                    "write the full https:// address of the page, as the browser shows it")));
        }
    }

    private LocalDate date(LocatedYaml doc, String path, List<Diagnostic> diagnostics) {
        String text = text(doc, path, diagnostics);
        if (text.isEmpty()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                diagnostics.add(doc.error(path, "the date " + text + " is in the future",
                        "write the day you read the vendor's documentation"));
            }
            return date;
        } catch (DateTimeParseException e) {
            diagnostics.add(doc.error(path, "'" + text + "' is not a date", "write it as YYYY-MM-DD, such as 2026-12-03"));
            return today;
        }
    }

    private static Map<Lang, String> note(LocatedYaml doc, YamlSchema schema, String path, List<Diagnostic> diagnostics) {
        Map<Lang, String> note = new EnumMap<>(Lang.class);
        if (doc.node(path).isMissingNode()) {
            return note;
        }
        schema.check(path, NOTE);
        for (Lang lang : Lang.values()) {
            String text = text(doc, path + "." + lang.tag(), diagnostics);
            if (!text.isEmpty()) {
                note.put(lang, text);
            }
        }
        return note;
    }
}
