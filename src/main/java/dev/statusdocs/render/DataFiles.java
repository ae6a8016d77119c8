package dev.statusdocs.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.CodeStatus;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Vendor;
import dev.statusdocs.model.VendorCode;
import dev.statusdocs.model.Vendors;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The machine-readable files under {@code data/}: claims, codes and findings. Fields in the order of the
 * records below, map keys sorted, two-space indent, \n line ends, a line break at the end.
 */
final class DataFiles {
    private static final ObjectWriter JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private DataFiles() {
    }

    record ClaimJson(String source, String file, int line, int code, String phrase, String lang, String text) {
    }

    record SpecJson(String label, String url) {
    }

    /**
     * @param pages the code's pages relative to the site's root
     * @param urls  the same pages' full addresses on the published site
     */
    record CodeJson(int code, String status, Map<String, String> title, Map<String, String> summary, SpecJson spec,
                    List<String> sources, Map<String, String> pages, Map<String, String> urls,
                    @JsonProperty("class") String codeClass, List<VendorJson> vendors) {
    }

    /** A vendor's use of the number; {@code reuse} when the number is registered and the vendor means something else. */
    record VendorJson(String vendor, @JsonProperty("vendor_name") String vendorName, String name, String docs,
                      String checked, boolean reuse) {
    }

    record FindingJson(String id, String kind, String severity, List<Integer> codes, List<String> sources,
                       List<Evidence> evidence, Map<String, String> message,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> measures,
                       boolean resolved, Map<String, String> resolution) {
    }

    static byte[] claims(List<Claim> claims) {
        return write(claims.stream().map(claim -> new ClaimJson(claim.source(), claim.file(), claim.line(),
                claim.code(), claim.phrase().orElse(null), claim.lang().tag(), claim.text())).toList());
    }

    static byte[] codes(Collection<CodePage> pages, Map<Integer, List<String>> sourcesByCode, Vendors vendors,
                        String baseUrl) {
        return write(pages.stream().map(page -> entry(page, sourcesByCode, vendors, baseUrl)).toList());
    }

    /** {@code data/codes/NNN.json}: one code's entry of {@code codes.json}, on its own. */
    static byte[] code(CodePage page, Map<Integer, List<String>> sourcesByCode, Vendors vendors, String baseUrl) {
        return write(entry(page, sourcesByCode, vendors, baseUrl));
    }

    private static CodeJson entry(CodePage page, Map<Integer, List<String>> sourcesByCode, Vendors vendors,
                                  String baseUrl) {
        Map<String, String> paths = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        for (Lang lang : Lang.values()) {
            paths.put(lang.tag(), lang.tag() + "/" + page.code() + ".html");
            urls.put(lang.tag(), baseUrl + lang.tag() + "/" + page.code() + ".html");
        }
        return new CodeJson(page.code(), page.status().id(), byTag(page.title()), byTag(page.summary()),
                page.spec().map(spec -> new SpecJson(spec.label(), spec.url())).orElse(null),
                sourcesByCode.getOrDefault(page.code(), List.of()), paths, urls, page.codeClass(),
                vendors.uses(page.code()).stream().map(use -> vendor(use, vendors, page)).toList());
    }

    private static VendorJson vendor(VendorCode use, Vendors vendors, CodePage page) {
        return new VendorJson(use.vendor(), vendors.vendor(use.vendor()).map(Vendor::name).orElse(use.vendor()),
                use.name(), use.docs(), use.checked().toString(), page.status() != CodeStatus.UNOFFICIAL);
    }

    static byte[] findings(List<Finding> findings) {
        return write(findings.stream().map(finding -> new FindingJson(finding.id(), finding.kind().id(),
                finding.severity().id(), finding.codes(), finding.sources(), finding.evidence(),
                byTag(finding.message()), finding.measures().isEmpty() ? null : new TreeMap<>(finding.measures()),
                finding.resolved(),
                finding.resolution().map(DataFiles::byTag).orElse(null))).toList());
    }

    static Map<String, String> byTag(Map<Lang, String> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((lang, text) -> out.put(lang.tag(), text));
        return out;
    }

    private static byte[] write(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
