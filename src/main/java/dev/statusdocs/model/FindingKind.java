package dev.statusdocs.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of finding, named as they appear in {@code findings.json}. */
public enum FindingKind {
    MEANING_CONFLICT("meaning-conflict", "Meaning conflicts", "含义冲突"),
    MISPLACED_DESCRIPTION("misplaced-description", "Descriptions of another code", "张冠李戴的描述"),
    DUPLICATE_ENTRY("duplicate-entry", "Duplicate entries", "重复条目"),
    HISTORICAL_NAME("historical-name", "Former official names", "旧的官方名称"),
    SPELLING("spelling", "Misspelt reason phrases", "原因短语拼写错误"),
    UNREGISTERED_CODE("unregistered-code", "Codes not in the IANA registry", "未在 IANA 注册的状态码"),
    OUT_OF_RANGE("out-of-range", "Codes outside 100–599", "超出 100–599 范围的状态码"),
    MISSING_CONTENT("missing-content", "Placeholders and empty entries", "占位符与空条目"),
    FACTUAL_ERROR("factual-error", "Statements the specification contradicts", "与规范相悖的陈述"),
    INTERNAL_INCONSISTENCY("internal-inconsistency", "Sources contradicting themselves", "来源自相矛盾");

    private final String id;
    private final String titleEn;
    private final String titleZh;

    FindingKind(String id, String titleEn, String titleZh) {
        this.id = id;
        this.titleEn = titleEn;
        this.titleZh = titleZh;
    }

    public String id() {
        return id;
    }

    public String title(Lang lang) {
        return lang == Lang.EN ? titleEn : titleZh;
    }

    public static Optional<FindingKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
