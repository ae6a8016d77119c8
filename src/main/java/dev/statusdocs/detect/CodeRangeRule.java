package dev.statusdocs.detect;

import dev.statusdocs.model.Claim;
import dev.statusdocs.model.CodeClass;
import dev.statusdocs.model.Evidence;
import dev.statusdocs.model.Finding;
import dev.statusdocs.model.FindingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Codes outside 100–599 ({@code out-of-range}) and codes in range that the registry lacks ({@code unregistered-code}). */
final class CodeRangeRule implements Rule {

    @Override
    public List<Finding> apply(DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Integer, List<Claim>> entry : context.byCode().entrySet()) {
            int code = entry.getKey();
            List<Evidence> evidence = entry.getValue().stream().map(DetectionContext::phraseOrText).toList();
            String sources = String.join(", ", entry.getValue().stream().map(Claim::source).distinct().toList());
            if (!CodeClass.isInRange(code)) {
                findings.add(Findings.of(Findings.id(FindingKind.OUT_OF_RANGE, code), FindingKind.OUT_OF_RANGE,
                        Finding.Severity.ERROR, List.of(code), evidence,
                        sources + " list " + code + ", but HTTP status codes run from 100 to 599; " + code
                                + " is not a valid HTTP status code (RFC 9110, Section 15).",
                        sources + " 列出了 " + code + "，但 HTTP 状态码的范围是 100 到 599，" + code
                                + " 不是有效的 HTTP 状态码（RFC 9110 第 15 节）。"));
            } else if (!context.registry().contains(code)) {
                findings.add(Findings.of(Findings.id(FindingKind.UNREGISTERED_CODE, code), FindingKind.UNREGISTERED_CODE,
                        Finding.Severity.WARNING, List.of(code), evidence,
                        sources + " list " + code + ", which is not in the IANA HTTP Status Code Registry: "
                                + "it is not standard HTTP, and clients treat it as " + CodeClass.of(code) + ".",
                        sources + " 列出了 " + code + "，但它不在 IANA HTTP 状态码注册表中：它不是标准 HTTP 状态码，"
                                + "客户端只会按 " + CodeClass.of(code) + " 类别处理它。"));
            }
        }
        return findings;
    }
}
