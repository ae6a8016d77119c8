package dev.statusdocs.render;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to sibling pages ({@code 429.md}, which work in GitHub's preview) become links to the rendered page
 * ({@code 429.html}).
 */
final class PageLinks implements LinkResolver {
    static final Pattern PAGE_LINK = Pattern.compile("^(\\d{3})\\.md(#[\\w-]*)?$");

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new PageLinks();
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (link.getLinkType() != LinkType.LINK) {
            return link;
        }
        Matcher page = PAGE_LINK.matcher(link.getUrl());
        return page.matches() ? link.withUrl(page.group(1) + ".html" + Objects.toString(page.group(2), "")) : link;
    }
}
