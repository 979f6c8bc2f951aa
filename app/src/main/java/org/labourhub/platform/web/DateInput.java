package org.labourhub.platform.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How a date typed into a form or a URL is read, everywhere: YYYY-MM-DD with a four-digit year. ISO alone would
 * let through a year such as +99999999, which PostgreSQL cannot store; such a field gets the
 * {@code typeMismatch.java.time.LocalDate} message beside it (a request parameter, a 400 page). Whether a date
 * makes sense where it is used (a plan's period, a "status as of") is each form's own rule.
 */
@ControllerAdvice
public class DateInput {

    @InitBinder
    void dates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                LocalDate date = parse(text);
                if (date == null) {
                    throw new IllegalArgumentException("not a YYYY-MM-DD date: " + text);
                }
                setValue(date);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
    }

    /** The date, or null when the text is not YYYY-MM-DD. */
    public static LocalDate parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(t, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
