package dev.statusdocs.render;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.Lang;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The machine-readable files under {@code data/}: claims, codes and findings. */
final class DataFiles {
    private DataFiles() {
    }

    static byte[] claims(List<Claim> claims) {
        return Json.write(json -> json.array(claims, claim -> {
            json.startObject();
            json.field("source", claim.source());
            json.field("file", claim.file());
            json.field("line", claim.line());
            json.field("code", claim.code());
            json.field("phrase", claim.phrase().orElse(null));
            json.field("lang", claim.lang().tag());
            json.field("text", claim.text());
            json.endObject();
        }));
    }

    static byte[] codes(Collection<CodePage> pages, Map<Integer, List<String>> sourcesByCode) {
        return Json.write(json -> json.array(List.copyOf(pages), page -> {
            json.startObject();
            json.field("code", page.code());
            json.field("status", page.standing().id());
            json.field("title", byTag(page.title()));
            if (page.spec().isPresent()) {
                json.name("spec");
                json.startObject();
                json.field("label", page.spec().get().label());
                json.field("url", page.spec().get().url());
                json.endObject();
            } else {
                json.nullField("spec");
            }
            json.strings("sources", sourcesByCode.getOrDefault(page.code(), List.of()));
            json.field("pages", Map.of("en", "en/" + page.code() + ".html", "zh", "zh/" + page.code() + ".html"));
            json.field("class", page.codeClass());
            json.endObject();
        }));
    }

    static byte[] findings(List<Finding> findings) {
        return Json.write(json -> json.array(findings, finding -> {
            json.startObject();
            json.field("id", finding.id());
            json.field("kind", finding.kind().id());
            json.field("severity", finding.severity().id());
            json.numbers("codes", finding.codes());
            json.strings("sources", finding.sources());
            json.name("evidence");
            json.array(finding.evidence(), (Evidence evidence) -> {
                json.startObject();
                json.field("source", evidence.source());
                json.field("file", evidence.file());
                json.field("line", evidence.line());
                json.field("quote", evidence.quote());
                json.endObject();
            });
            json.field("message", byTag(finding.message()));
            json.field("resolved", finding.resolved());
            json.field("resolution", finding.resolution().map(DataFiles::byTag).orElse(null));
            json.endObject();
        }));
    }

    static Map<String, String> byTag(Map<Lang, String> values) {
        Map<String, String> out = new TreeMap<>();
        values.forEach((lang, text) -> out.put(lang.tag(), text));
        return out;
    }
}
