package dev.statusdocs.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * A Hugo site with PAGES Markdown pages of about the size of a code page, and plain layouts, as the reference
 * for what a fast generator does with the same page count. Usage: GenerateHugo OUT_DIR PAGES
 */
public final class GenerateHugo {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        Random random = new Random(pages);
        GenerateProject.write(out.resolve("config.toml"),
                "baseURL = 'https://example.invalid/'\ntitle = 'bench'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n");
        GenerateProject.write(out.resolve("layouts/_default/baseof.html"),
                "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n");
        GenerateProject.write(out.resolve("layouts/_default/single.html"),
                "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}"
                        + "{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">prev</a>{{ end }}{{ end }}\n");
        GenerateProject.write(out.resolve("layouts/_default/list.html"),
                "{{ define \"main\" }}<ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}\n");
        String[] words = "request server client resource response header field content cache proxy gateway origin".split(" ");
        for (int p = 0; p < pages; p++) {
            StringBuilder body = new StringBuilder("---\ntitle: \"Page " + p + "\"\nsummary: \"A generated page.\"\n---\n\n");
            for (int section = 0; section < 4; section++) {
                body.append("### Section ").append(section).append("\n\n");
                for (int w = 0; w < 80; w++) {
                    body.append(words[random.nextInt(words.length)]).append(w % 15 == 14 ? ".\n" : " ");
                }
                body.append("\n\n- a list item with `code`\n- another with [a link](../).\n\n");
            }
            GenerateProject.write(out.resolve("content/p/page-" + p + ".md"), body.toString());
        }
    }
}
