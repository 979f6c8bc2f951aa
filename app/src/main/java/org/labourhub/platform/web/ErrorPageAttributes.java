package org.labourhub.platform.web;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;

/** Adds to the error page what it can tell the reader without leaking internals: e.g. the refused language code or the field holding a character that cannot be stored. */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    static final String UNKNOWN_LANGUAGE = "labourhub.unknownLanguage";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object code = request.getAttribute(UNKNOWN_LANGUAGE, RequestAttributes.SCOPE_REQUEST);
        if (code != null) {
            attributes.put("unknownLanguage", code);
        }
        Object field = request.getAttribute(InputCharacters.REFUSED_FIELD, RequestAttributes.SCOPE_REQUEST);
        if (field != null) {
            attributes.put("refusedField", field);
        }
        return attributes;
    }
}
