package dev.statusdocs.sources;
import java.nio.file.Path;
public class DumpClaims {
    public static void main(String[] a) {
        var s = new SourceReader().read(Path.of("."));
        s.diagnostics().forEach(d -> System.out.println(d.format()));
        for (var c : s.claims()) {
            String t = c.text().replace("\n", "⏎");
            System.out.println(c.source()+"\t"+c.line()+"\t"+c.code()+"\t"+c.section()+"\t"+c.lang().tag()+"\t"+c.phrase().orElse("-")+"\t"+(t.length()>70?t.substring(0,35)+"…"+t.substring(t.length()-35):t));
        }
    }
}
