package dev.statusdocs.detect;

import dev.statusdocs.model.Finding;
import java.util.List;

/** One general detection rule. Rules never name a status code; they read everything from the context. */
interface Rule {
    List<Finding> apply(DetectionContext context);
}
