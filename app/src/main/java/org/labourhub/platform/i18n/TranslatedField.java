package org.labourhub.platform.i18n;

import java.util.EnumMap;

/**
 * The four inputs of a multilingual text in a form, plus the language it was written in. Forms bind to it;
 * {@link #toText()} turns it into the value every module stores.
 */
public class TranslatedField {

    private String original = "en";
    private String es = "";
    private String en = "";
    private String fr = "";
    private String pt = "";

    public static TranslatedField of(MultilingualText text) {
        var field = new TranslatedField();
        if (text != null) {
            field.original = text.original().code();
            field.es = text.translation(Language.ES);
            field.en = text.translation(Language.EN);
            field.fr = text.translation(Language.FR);
            field.pt = text.translation(Language.PT);
        }
        return field;
    }

    /** Whether the original language is known and its text is filled in. */
    public boolean isComplete() {
        return Language.ofCode(original).map(l -> !text(l).isBlank()).orElse(false);
    }

    public boolean isTooLong(int max) {
        for (Language l : Language.values()) {
            if (text(l).length() > max) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        for (Language l : Language.values()) {
            if (!text(l).isBlank()) {
                return false;
            }
        }
        return true;
    }

    public MultilingualText toText() {
        var map = new EnumMap<Language, String>(Language.class);
        for (Language l : Language.values()) {
            map.put(l, text(l));
        }
        return new MultilingualText(Language.ofCode(original).orElseThrow(), map);
    }

    public String text(Language language) {
        String value = switch (language) {
            case ES -> es;
            case EN -> en;
            case FR -> fr;
            case PT -> pt;
        };
        return value == null ? "" : value;
    }

    public String getOriginal() { return original; }
    public void setOriginal(String original) { this.original = original; }
    public String getEs() { return es; }
    public void setEs(String es) { this.es = es; }
    public String getEn() { return en; }
    public void setEn(String en) { this.en = en; }
    public String getFr() { return fr; }
    public void setFr(String fr) { this.fr = fr; }
    public String getPt() { return pt; }
    public void setPt(String pt) { this.pt = pt; }
}
