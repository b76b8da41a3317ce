package fi.saatava.gateway.iso20022;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One element read from a stream with everything below it: a small, read-only tree of one ISO 20022 building block
 * (an entry, a header), so a large file is streamed but each block can be read by its element path.
 */
record XmlElement(String name, String text, Map<String, String> attributes, List<XmlElement> children) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** Reads the element the reader is positioned on (a START_ELEMENT) and leaves it on its END_ELEMENT. */
    static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<XmlElement> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                children.add(read(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XmlElement(name, children.isEmpty() ? text.toString().trim() : "", attributes, children);
    }

    /** The first element at the path below this one. */
    Optional<XmlElement> find(String... path) {
        XmlElement current = this;
        for (String step : path) {
            current = current.children.stream().filter(child -> child.name.equals(step)).findFirst().orElse(null);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.of(current);
    }

    /** The text at the path, or null when the element is absent or empty. */
    String textAt(String... path) {
        return find(path).map(XmlElement::text).filter(value -> !value.isEmpty()).orElse(null);
    }

    /** Every element at the path (the last step may repeat, and so may earlier ones). */
    List<XmlElement> all(String... path) {
        List<XmlElement> level = List.of(this);
        for (String step : path) {
            level = level.stream()
                    .flatMap(element -> element.children.stream().filter(child -> child.name.equals(step)))
                    .toList();
        }
        return level;
    }

    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }
}
