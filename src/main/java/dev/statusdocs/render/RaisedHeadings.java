package dev.statusdocs.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * A page's body sits under its h1 title with its language heading ("## English") not shown, so its "###"
 * sections are the page's second level: each heading moves up one level, to h2 at most.
 */
final class RaisedHeadings extends NodePostProcessor {
    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Heading.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new RaisedHeadings();
        }
    }

    @Override
    public void process(NodeTracker state, Node node) {
        Heading heading = (Heading) node;
        heading.setLevel(Math.max(2, heading.getLevel() - 1));
    }
}
