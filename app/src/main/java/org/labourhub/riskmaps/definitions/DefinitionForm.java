package org.labourhub.riskmaps.definitions;

import org.labourhub.platform.web.NumberInput;
import org.labourhub.risk.survey.ChildLabourDefinition;
import org.labourhub.riskmaps.Definition;
import org.springframework.validation.Errors;

import java.math.BigDecimal;

/**
 * What an analyst types to save a definition: a name, the four ages that bound the bands, the hours of economic
 * activity of each band, and whether (and from how many hours) household chores count. Ages and hours are typed as
 * text so that a wrong value comes back beside its field with what was typed.
 */
class DefinitionForm {

    private static final NumberInput AGE = new NumberInput(2, 0, BigDecimal.ZERO, new BigDecimal("99"));
    private static final NumberInput HOURS = new NumberInput(3, 2, BigDecimal.ZERO, new BigDecimal("168"));

    private String country = "";
    private String name = "";
    private String minAge = "";
    private String youngMaxAge = "";
    private String middleMaxAge = "";
    private String maxAge = "";
    private String youngMinHours = "";
    private String middleMinHours = "";
    private String oldestMaxHours = "";
    private boolean countChores;
    private String choresMaxHours = "";
    private int version;

    static DefinitionForm of(Definition d) {
        var form = new DefinitionForm();
        ChildLabourDefinition r = d.rules();
        form.country = d.country();
        form.name = d.name() == null ? "" : d.name();
        form.minAge = String.valueOf(r.minAge());
        form.youngMaxAge = String.valueOf(r.youngMaxAge());
        form.middleMaxAge = String.valueOf(r.middleMaxAge());
        form.maxAge = String.valueOf(r.maxAge());
        form.youngMinHours = written(r.youngMinHours());
        form.middleMinHours = written(r.middleMinHours());
        form.oldestMaxHours = written(r.oldestMaxHours());
        form.countChores = r.countChores();
        form.choresMaxHours = written(r.choresMaxHours());
        form.version = d.version();
        return form;
    }

    void validate(Errors errors) {
        if (name.isBlank()) {
            errors.rejectValue("name", "validation.required");
        } else if (name.strip().length() > 200) {
            errors.rejectValue("name", "validation.tooLong", new Object[] {200}, null);
        }
        boolean agesRead = age("minAge", minAge, errors) & age("youngMaxAge", youngMaxAge, errors)
                & age("middleMaxAge", middleMaxAge, errors) & age("maxAge", maxAge, errors);
        if (agesRead) {
            int min = number(minAge).intValue();
            int young = number(youngMaxAge).intValue();
            int middle = number(middleMaxAge).intValue();
            if (young < min) {
                errors.rejectValue("youngMaxAge", "riskmaps.definitions.validation.youngBand", new Object[] {min}, null);
            } else if (middle <= young) {
                errors.rejectValue("middleMaxAge", "riskmaps.definitions.validation.middleBand", new Object[] {young}, null);
            } else if (number(maxAge).intValue() <= middle) {
                errors.rejectValue("maxAge", "riskmaps.definitions.validation.maxAge", new Object[] {middle}, null);
            }
        }
        hours("youngMinHours", youngMinHours, errors);
        hours("middleMinHours", middleMinHours, errors);
        hours("oldestMaxHours", oldestMaxHours, errors);
        hours("choresMaxHours", choresMaxHours, errors);
    }

    /** The definition typed, once {@link #validate} found nothing wrong. */
    Definition toDefinition(Long id, String savedCountry) {
        var rules = new ChildLabourDefinition(number(minAge).intValue(), number(youngMaxAge).intValue(),
                number(middleMaxAge).intValue(), number(maxAge).intValue(), number(youngMinHours).doubleValue(),
                number(middleMinHours).doubleValue(), number(oldestMaxHours).doubleValue(), countChores,
                number(choresMaxHours).doubleValue());
        return new Definition(id, savedCountry, name.strip(), rules, version);
    }

    private static boolean age(String field, String text, Errors errors) {
        var problem = AGE.problem(text);
        problem.ifPresent(p -> errors.rejectValue(field, p.getCodes()[0], p.getArguments(), null));
        return problem.isEmpty();
    }

    private static void hours(String field, String text, Errors errors) {
        BigDecimal value = number(text);
        if (value != null && (value.signum() < 0 || value.compareTo(new BigDecimal("168")) > 0)) {
            errors.rejectValue(field, "riskmaps.definitions.validation.hours");
            return;
        }
        HOURS.problem(text).ifPresent(p -> errors.rejectValue(field, p.getCodes()[0], p.getArguments(), null));
    }

    private static BigDecimal number(String text) {
        return NumberInput.number(text);
    }

    private static String written(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
    }

    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public String getMinAge() { return minAge; }
    public void setMinAge(String minAge) { this.minAge = minAge; }
    public String getYoungMaxAge() { return youngMaxAge; }
    public void setYoungMaxAge(String youngMaxAge) { this.youngMaxAge = youngMaxAge; }
    public String getMiddleMaxAge() { return middleMaxAge; }
    public void setMiddleMaxAge(String middleMaxAge) { this.middleMaxAge = middleMaxAge; }
    public String getMaxAge() { return maxAge; }
    public void setMaxAge(String maxAge) { this.maxAge = maxAge; }
    public String getYoungMinHours() { return youngMinHours; }
    public void setYoungMinHours(String youngMinHours) { this.youngMinHours = youngMinHours; }
    public String getMiddleMinHours() { return middleMinHours; }
    public void setMiddleMinHours(String middleMinHours) { this.middleMinHours = middleMinHours; }
    public String getOldestMaxHours() { return oldestMaxHours; }
    public void setOldestMaxHours(String oldestMaxHours) { this.oldestMaxHours = oldestMaxHours; }
    public boolean isCountChores() { return countChores; }
    public void setCountChores(boolean countChores) { this.countChores = countChores; }
    public String getChoresMaxHours() { return choresMaxHours; }
    public void setChoresMaxHours(String choresMaxHours) { this.choresMaxHours = choresMaxHours; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
