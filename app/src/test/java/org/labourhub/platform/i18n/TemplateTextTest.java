package org.labourhub.platform.i18n;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template carries visible text of its own: every word a reader sees comes from the message bundles. Text
 * inside an element whose content Thymeleaf replaces (th:text, th:utext, th:replace, th:insert) is only a
 * designer's placeholder and is allowed; so are brand names and punctuation.
 */
class TemplateTextTest {

    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "value", "label");
    private static final Set<String> ALLOWED = Set.of("LabourHub");

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : doc.getAllElements()) {
                    check(file, element, problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Path file, Element element, List<String> problems) {
        if (isReplaced(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
            return;
        }
        for (TextNode text : element.textNodes()) {
            String words = text.text().strip();
            if (isWording(words)) {
                problems.add(file + ": <" + element.tagName() + "> has text \"" + words + "\"");
            }
        }
        for (String attribute : VISIBLE_ATTRIBUTES) {
            if (element.hasAttr(attribute) && isWording(element.attr(attribute))
                    && !(attribute.equals("value") && element.tagName().equals("input")
                    && !Set.of("submit", "button").contains(element.attr("type")))) {
                problems.add(file + ": <" + element.tagName() + "> has " + attribute + "=\"" + element.attr(attribute) + "\"");
            }
        }
    }

    private static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWording(String text) {
        return !text.isBlank() && !ALLOWED.contains(text.strip()) && text.codePoints().anyMatch(Character::isLetter)
                && !text.strip().startsWith("[[") && !text.strip().startsWith("${");
    }
}
