package dev.statusdocs.render;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Lang;
import dev.statusdocs.model.Spec;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The machine-readable files under {@code data/}: claims, codes and findings. */
final class DataFiles {
    private DataFiles() {
    }

    record ClaimJson(String source, String file, int line, int code, String phrase, String lang, String text) {
    }

    record CodeJson(int code, @JsonProperty("class") String codeClass, String status, Map<String, String> title, Spec spec,
                    List<String> sources, Map<String, String> pages) {
    }

    record EvidenceJson(String source, String file, int line, String quote) {
    }

    record FindingJson(String id, String kind, String severity, List<Integer> codes, List<String> sources,
                       List<EvidenceJson> evidence, Map<String, String> message, boolean resolved,
                       Map<String, String> resolution) {
    }

    static String claims(List<Claim> claims) {
        return Json.write(claims.stream().map(c -> new ClaimJson(c.source(), c.file(), c.line(), c.code(),
                c.phrase().orElse(null), c.lang().tag(), c.text())).toList());
    }

    static String codes(Collection<CodePage> pages, Map<Integer, List<String>> sourcesByCode) {
        return Json.write(pages.stream().map(p -> new CodeJson(p.code(), p.codeClass(), p.standing().id(),
                byTag(p.title()), p.spec().orElse(null), sourcesByCode.getOrDefault(p.code(), List.of()),
                Map.of("en", "en/" + p.code() + ".html", "zh", "zh/" + p.code() + ".html"))).toList());
    }

    static String findings(List<Finding> findings) {
        return Json.write(findings.stream().map(f -> new FindingJson(f.id(), f.kind().id(), f.severity().id(),
                f.codes(), f.sources(), f.evidence().stream().map(DataFiles::evidence).toList(),
                byTag(f.message()), f.resolved(), f.resolution().map(DataFiles::byTag).orElse(null))).toList());
    }

    private static EvidenceJson evidence(Evidence e) {
        return new EvidenceJson(e.source(), e.file(), e.line(), e.quote());
    }

    static Map<String, String> byTag(Map<Lang, String> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((lang, text) -> out.put(lang.tag(), text));
        return out;
    }
}
