package dev.statusdocs.render;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's CommonMark inline parser, except that a successful match no longer copies the paragraph. Flexmark
 * 0.64 asks each matcher for a {@code MatchResult}, and on Java 17 that copies the whole input into a new string,
 * character by character through Flexmark's sequence classes, so every code span, link and autolink in a
 * paragraph paid for the whole paragraph. On our pages that copying was a third of the time spent parsing. Here
 * the bounds come from the matcher itself; the parsed tree is the same.
 */
final class NoCopyInlineParser extends CommonmarkInlineParser {
    static final InlineParserFactory FACTORY = NoCopyInlineParser::new;

    private NoCopyInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors,
                               List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern pattern) {
        Matcher matcher = findAtIndex(pattern);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern pattern) {
        Matcher matcher = findAtIndex(pattern);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int group = 1; group < groups.length; group++) {
            // A group that took no part in the match starts at -1 (and has no text).
            groups[group] = matcher.start(group) < 0 ? null : input.subSequence(matcher.start(group), matcher.end(group));
        }
        return groups;
    }

    /** The next match from the parser's position on, which the parser then moves past; null when there is none. */
    private Matcher findAtIndex(Pattern pattern) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = pattern.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
