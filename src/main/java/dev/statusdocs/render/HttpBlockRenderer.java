package dev.statusdocs.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.statusdocs.http.HttpExchange;
import dev.statusdocs.http.HttpSpan;
import java.util.Set;

/**
 * Renders fenced code blocks whose info is {@code http} highlighted, one span per part of each message, through
 * Flexmark's HTML writer (which escapes the text); every other fenced block goes to Flexmark's own renderer.
 */
final class HttpBlockRenderer implements NodeRenderer {
    static final String INFO = "http";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    static boolean isHttp(FencedCodeBlock block) {
        return block.getInfo().toString().strip().equals(INFO);
    }

    private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
        if (!isHttp(block)) {
            context.delegateRender();
            return;
        }
        HttpExchange exchange = HttpExchange.parse(block.getContentChars().normalizeEOL());
        html.line();
        html.attr("class", "http").attr("translate", "no").attr("tabindex", "0").withAttr().tag("pre").openPre();
        html.tag("code");
        for (HttpSpan span : exchange.spans()) {
            if (span.plain()) {
                html.text(span.text());
            } else {
                html.attr("class", "http-" + span.kind()).withAttr().tag("span");
                html.text(span.text());
                html.tag("/span");
            }
        }
        html.tag("/code");
        html.tag("/pre").closePre();
        html.line();
    }

    /** Makes the renderer for Flexmark. */
    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HttpBlockRenderer();
        }
    }
}
