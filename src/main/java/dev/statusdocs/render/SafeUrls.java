package dev.statusdocs.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place where every address Flexmark writes (links, images, autolinks, reference links) passes the
 * {@link UrlPolicy}: it sees each element's attributes after link resolution and decoding, just before they are
 * written, and drops an {@code href} or {@code src} the policy refuses. The refusals are kept on the document, so
 * that check reports exactly what rendering dropped.
 */
final class SafeUrls implements AttributeProvider {
    /** What rendering a document refused, in document order. */
    static final DataKey<List<Refused>> REFUSED = new DataKey<>("STATUSDOCS_REFUSED_URLS", ArrayList::new);
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src");

    /** An address the policy refused, on the node that would have carried it. */
    record Refused(Node node, String reason) {
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new SafeUrls(REFUSED.get(context.getDocument()));
        }
    }

    private final List<Refused> refused;

    private SafeUrls(List<Refused> refused) {
        this.refused = refused;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : URL_ATTRIBUTES) {
            Attribute attribute = attributes.get(name);
            if (attribute == null) {
                continue;
            }
            Optional<String> reason = UrlPolicy.PAGE_LINKS.rejection(attribute.getValue());
            if (reason.isPresent()) {
                attributes.remove(name);
                refused.add(new Refused(node, reason.get()));
            }
        }
    }
}
