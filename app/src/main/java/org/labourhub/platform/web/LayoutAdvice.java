package org.labourhub.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.labourhub.platform.i18n.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the page layout needs on every page: links to this same page in each language. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("languageLinks")
    Map<Language, String> languageLinks(HttpServletRequest request) {
        return linksToEachLanguage(request);
    }

    static Map<Language, String> linksToEachLanguage(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : request.getQueryString();
        var links = new LinkedHashMap<Language, String>();
        for (Language language : Language.values()) {
            links.put(language, UriComponentsBuilder.fromPath(path).query(query)
                    .replaceQueryParam("lang", language.code()).build().toUriString());
        }
        return links;
    }

    @ModelAttribute("languages")
    Language[] languages() {
        return Language.values();
    }
}
