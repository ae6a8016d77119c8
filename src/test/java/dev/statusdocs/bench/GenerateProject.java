package dev.statusdocs.bench;

import dev.statusdocs.TestProjects;
import dev.statusdocs.registry.RegistryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a project for the scale benchmark: SOURCES field-per-line sources (alternately Chinese and English),
 * each with an entry for CODES codes spread evenly from 100 to 599 (all 500 by default), plus the real registry,
 * site settings and templates. The registry's codes get pages too, so a project has at least as many pages as
 * the registry has codes. Usage: GenerateProject OUT_DIR SOURCES [CODES]
 */
public final class GenerateProject {
    private static final String[] EN = ("request server client resource response header field content cache proxy "
            + "gateway origin method representation condition connection redirect location authority target "
            + "negotiation range length timeout upgrade protocol status error limit version").split(" ");
    private static final String[] ZH = ("请求 服务器 客户端 资源 响应 头部 字段 内容 缓存 代理 网关 源站 方法 表示 条件 "
            + "连接 重定向 位置 权威 目标 协商 范围 长度 超时 升级 协议 状态 错误 限制 版本").split(" ");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int sources = Integer.parseInt(args[1]);
        int[] codes = spread(args.length > 2 ? Integer.parseInt(args[2]) : 500);
        Random random = new Random(sources);
        StringBuilder manifest = new StringBuilder("sources:\n");
        for (int s = 0; s < sources; s++) {
            boolean chinese = s % 2 == 0;
            String id = "gen-" + s;
            String file = "content/sources/" + id + ".txt";
            StringBuilder text = new StringBuilder();
            for (int code : codes) {
                text.append(code).append(" |\n").append("Phrase ").append(code).append(" |\n");
                String[] words = chinese ? ZH : EN;
                int length = 12 + random.nextInt(25);
                for (int w = 0; w < length; w++) {
                    text.append(words[random.nextInt(words.length)]).append(chinese ? "" : " ");
                }
                text.append(chinese ? "。 |\n" : ". |\n");
            }
            write(out.resolve(file), text.toString());
            manifest.append("  - id: ").append(id).append("\n    file: ").append(file)
                    .append("\n    format: pipe-fields\n    fields: [code, phrase, text]\n    languages: [")
                    .append(chinese ? "zh" : "en").append("]\n    title: Generated source ").append(s)
                    .append("\n    origin: Generated for the scale benchmark.\n    trust: {")
                    .append(chinese ? "zh" : "en").append(": ").append(1 + s % 5).append("}\n");
        }
        write(out.resolve("content/sources/manifest.yaml"), manifest.toString());
        for (String registry : List.of(RegistryReader.FILE, RegistryReader.NOTES_FILE)) {
            Files.copy(Path.of(registry), out.resolve(registry));
        }
        Files.copy(Path.of("content/examples.yaml"), out.resolve("content/examples.yaml"));
        Files.copy(Path.of("content/site.yaml"), out.resolve("content/site.yaml"));
        TestProjects.copyTree(Path.of("templates"), out.resolve("templates"));
    }

    /**
     * {@code count} codes from 100 to 599, as evenly apart as whole numbers allow: from 5 codes on, every class
     * has some.
     */
    static int[] spread(int count) {
        if (count < 1 || count > 500) {
            throw new IllegalArgumentException("CODES must be from 1 to 500, not " + count);
        }
        int[] codes = new int[count];
        for (int i = 0; i < count; i++) {
            codes[i] = 100 + i * 500 / count;
        }
        return codes;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
