package io.jenkins.plugins.perftracker.core.badge;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered badge parsed by the JDK's XML parser: parsing fails on anything that is not well-formed. */
final class SvgDocument {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private final Document document;

    private SvgDocument(final Document document) {
        this.document = document;
    }

    static SvgDocument parse(final String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new SvgDocument(factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
    }

    Element root() {
        return document.getDocumentElement();
    }

    int rootInt(final String attribute) {
        return Integer.parseInt(root().getAttribute(attribute));
    }

    List<Element> all(final String name) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** Every element of the document, in document order. */
    List<Element> everyElement() {
        return all("*");
    }

    /** The visible texts (those without aria-hidden), in order: label first, then message. */
    List<Element> visibleTexts() {
        return all("text").stream().filter(text -> !text.hasAttribute("aria-hidden")).toList();
    }

    List<Element> shadowTexts() {
        return all("text").stream().filter(text -> text.hasAttribute("aria-hidden")).toList();
    }

    /** The background rectangles inside the group: label part, message part, then the gradient overlay. */
    List<Element> backgroundRects() {
        NodeList nodes = all("g").get(0).getElementsByTagNameNS(SVG_NS, "rect");
        List<Element> rects = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            rects.add((Element) nodes.item(i));
        }
        return rects;
    }

    static int intOf(final Element element, final String attribute) {
        return Integer.parseInt(element.getAttribute(attribute));
    }
}
