package org.newskg.export;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer that indents, since Gephi and yEd users open these files in editors too. */
final class Xml {
    private final XMLStreamWriter w;
    private int depth;
    private boolean hadChild;

    Xml(OutputStream out) throws XMLStreamException {
        this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        w.writeStartDocument("UTF-8", "1.0");
    }

    XMLStreamWriter raw() {
        return w;
    }

    Xml start(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
        depth++;
        hadChild = false;
        return this;
    }

    Xml start(String prefix, String name, String ns) throws XMLStreamException {
        newline();
        w.writeStartElement(prefix, name, ns);
        depth++;
        hadChild = false;
        return this;
    }

    Xml empty(String name) throws XMLStreamException {
        newline();
        w.writeEmptyElement(name);
        hadChild = true;
        return this;
    }

    Xml empty(String prefix, String name, String ns) throws XMLStreamException {
        newline();
        w.writeEmptyElement(prefix, name, ns);
        hadChild = true;
        return this;
    }

    Xml attr(String name, Object value) throws XMLStreamException {
        if (value != null) {
            w.writeAttribute(name, XmlText.clean(value.toString()));
        }
        return this;
    }

    Xml text(String s) throws XMLStreamException {
        w.writeCharacters(XmlText.clean(s));
        return this;
    }

    /** An element holding only text. */
    Xml element(String name, String text) throws XMLStreamException {
        start(name);
        w.writeCharacters(XmlText.clean(text));
        depth--;
        w.writeEndElement();
        hadChild = true;
        return this;
    }

    Xml end() throws XMLStreamException {
        depth--;
        if (hadChild) {
            newline();
        }
        w.writeEndElement();
        hadChild = true;
        return this;
    }

    void finish() throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeEndDocument();
        w.flush();
        w.close();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** XML 1.0 cannot hold most control characters, even escaped: drop them. */
    static final class XmlText {
        static String clean(String s) {
            StringBuilder b = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
                if (bad && b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                if (!bad && b != null) {
                    b.append(c);
                }
            }
            return b == null ? s : b.toString();
        }
    }
}
