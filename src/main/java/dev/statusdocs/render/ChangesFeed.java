package dev.statusdocs.render;

import dev.statusdocs.history.ContentHistory.Change;
import dev.statusdocs.model.CodePage;
import dev.statusdocs.model.Lang;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code feed.xml}: an Atom feed with one entry per recent commit that changed canonical pages. */
final class ChangesFeed {
    static final String PATH = "feed.xml";
    static final int ENTRIES = 30;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private ChangesFeed() {
    }

    static String of(String baseUrl, Map<String, String> strings, List<Change> changes, Collection<CodePage> pages) {
        Map<String, CodePage> byFile = pages.stream().collect(Collectors.toMap(CodePage::file, Function.identity()));
        List<Change> pageChanges = changes.stream()
                .filter(change -> change.files().stream().anyMatch(byFile::containsKey)).limit(ENTRIES).toList();
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", baseUrl + PATH);
            element(xml, "title", strings.get("site.name") + ": " + strings.get("feed.title"));
            element(xml, "updated", timestamp(pageChanges.isEmpty() ? Instant.EPOCH : pageChanges.get(0).time()));
            link(xml, "self", baseUrl + PATH);
            link(xml, "alternate", baseUrl + "en/index.html");
            for (Change change : pageChanges) {
                entry(xml, baseUrl, change, change.files().stream().filter(byFile::containsKey).map(byFile::get).toList());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the changes feed", e);
        }
        return text + "\n";
    }

    private static void entry(XMLStreamWriter xml, String baseUrl, Change change, List<CodePage> changed)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        element(xml, "id", baseUrl + PATH + "#" + change.commit());
        element(xml, "title", change.subject());
        element(xml, "updated", timestamp(change.time()));
        link(xml, "alternate", baseUrl + "en/" + changed.get(0).code() + ".html");
        element(xml, "summary", changed.stream()
                .map(page -> page.code() + " " + page.title().get(Lang.EN)).collect(Collectors.joining(", ")));
        xml.writeStartElement("author");
        element(xml, "name", "statusdocs");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(Instant time) {
        return DateTimeFormatter.ISO_INSTANT.format(time);
    }
}
