package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Role;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a mapping against its file (and the file it is to be compared with): every required role given, no
 * variable used twice (but age and sex may also be covariates, as in the model's pilots), numbers where the model
 * needs numbers (naming the first value that is not one, with its line and column), the codes of boys and girls
 * among the sex variable's values, covariates present in both files.
 * Each problem is put beside the field it concerns, in the reader's language.
 */
final class MappingCheck {

    /** The roles whose values the model computes with. */
    static final Set<Role> NUMERIC = EnumSet.of(Role.AGE, Role.WEIGHT, Role.ECONOMIC_HOURS, Role.CHORE_HOURS,
            Role.HAZARDOUS, Role.WORST_FORMS, Role.OUTCOME);

    /** Roles read from both files whose variable may also be a covariate: the engine reads it in the role's column. */
    static final Set<Role> ALSO_COVARIATES = EnumSet.of(Role.AGE, Role.SEX);

    private final Dataset dataset;
    private final Dataset partner;
    private final MessageSource messages;
    private final Locale locale;
    private final FirstNonNumber firstNonNumber;

    /** Finds where a variable first holds something that is not a number, said in words; empty when it cannot tell. */
    @FunctionalInterface
    interface FirstNonNumber {
        Optional<String> of(Dataset dataset, String variable);
    }

    MappingCheck(Dataset dataset, Dataset partner, MessageSource messages, Locale locale, FirstNonNumber firstNonNumber) {
        this.dataset = dataset;
        this.partner = partner;
        this.messages = messages;
        this.locale = locale;
        this.firstNonNumber = firstNonNumber;
    }

    void check(MappingForm form, Errors errors) {
        if (form.getName().isBlank()) {
            errors.rejectValue("name", "validation.required");
        } else if (form.getName().strip().length() > 200) {
            errors.rejectValue("name", "validation.tooLong", new Object[] {200}, null);
        }
        Map<String, String> usedBy = new HashMap<>();
        for (Role role : Role.allowed(dataset.kind())) {
            String field = "roles[" + role.name() + "]";
            String variable = form.variable(role);
            if (variable == null) {
                if (Role.required(dataset.kind()).contains(role)) {
                    errors.rejectValue(field, "riskmaps.datasets.mapping.required", new Object[] {role(role)}, null);
                }
                continue;
            }
            Optional<DatasetVariable> found = dataset.variable(variable);
            if (found.isEmpty()) {
                errors.rejectValue(field, "riskmaps.datasets.mapping.unknownVariable",
                        new Object[] {dataset.originalName(), variable}, null);
                continue;
            }
            String first = usedBy.putIfAbsent(variable, role(role));
            if (first != null) {
                errors.rejectValue(field, "riskmaps.datasets.mapping.usedTwice", new Object[] {variable, first}, null);
            } else if (NUMERIC.contains(role)) {
                numeric(found.get(), role(role), field, errors);
            }
        }
        if (dataset.kind() == DatasetKind.SURVEY && form.variable(Role.ECONOMIC_HOURS) == null
                && form.variable(Role.OUTCOME) == null) {
            errors.rejectValue("roles[ECONOMIC_HOURS]", "riskmaps.datasets.mapping.hoursOrOutcome");
        }
        sexCodes(form, errors);
        covariates(form, usedBy, errors);
    }

    private void sexCodes(MappingForm form, Errors errors) {
        String sex = form.variable(Role.SEX);
        Optional<DatasetVariable> variable = sex == null ? Optional.empty() : dataset.variable(sex);
        if (variable.isEmpty()) {
            return;
        }
        String male = form.getMaleCode().strip();
        String female = form.getFemaleCode().strip();
        if (male.isEmpty()) {
            errors.rejectValue("maleCode", "riskmaps.datasets.mapping.sexCode", new Object[] {sex}, null);
        }
        if (female.isEmpty()) {
            errors.rejectValue("femaleCode", "riskmaps.datasets.mapping.sexCode", new Object[] {sex}, null);
        }
        if (!male.isEmpty() && male.equals(female)) {
            errors.rejectValue("femaleCode", "riskmaps.datasets.mapping.sexCodesSame");
        }
        code(variable.get(), male, "maleCode", errors);
        code(variable.get(), female, "femaleCode", errors);
    }

    private void covariates(MappingForm form, Map<String, String> usedBy, Errors errors) {
        List<MappingForm.CovariateLine> lines = form.getCovariates();
        for (int i = 0; i < lines.size(); i++) {
            MappingForm.CovariateLine line = lines.get(i);
            if (!line.isUse()) {
                continue;
            }
            String field = "covariates[" + i + "].variable";
            Optional<DatasetVariable> found = dataset.variable(line.getVariable());
            if (found.isEmpty()) {
                errors.rejectValue(field, "riskmaps.datasets.mapping.unknownVariable",
                        new Object[] {dataset.originalName(), line.getVariable()}, null);
                continue;
            }
            if (partner != null && partner.variable(line.getVariable()).isEmpty()) {
                errors.rejectValue(field, "riskmaps.datasets.mapping.notShared",
                        new Object[] {line.getVariable(), partner.name()}, null);
            }
            String variable = line.getVariable();
            boolean alsoRole = ALSO_COVARIATES.stream().anyMatch(role -> variable.equals(form.variable(role)));
            String first = alsoRole ? null : usedBy.putIfAbsent(variable, messages.getMessage(
                    "riskmaps.datasets.mapping.asCovariate", null, locale));
            if (first != null) {
                errors.rejectValue(field, "riskmaps.datasets.mapping.usedTwice",
                        new Object[] {line.getVariable(), first}, null);
            } else if (!line.isCategorical()) {
                numeric(found.get(), line.getVariable(), field, errors);
            } else if (!line.getReference().isBlank()) {
                code(found.get(), line.getReference().strip(), "covariates[" + i + "].reference", errors);
            }
        }
    }

    private void numeric(DatasetVariable variable, String what, String field, Errors errors) {
        if (variable.numeric()) {
            return;
        }
        Optional<String> where = firstNonNumber.of(dataset, variable.name());
        if (where.isPresent()) {
            errors.rejectValue(field, "riskmaps.datasets.mapping.notNumericAt", new Object[] {what, where.get()}, null);
        } else {
            errors.rejectValue(field, "riskmaps.datasets.mapping.notNumeric", new Object[] {what, variable.name()}, null);
        }
    }

    /** Refuses a code that the variable's values do not include, when all its values are known (fewer than the examples kept). */
    private void code(DatasetVariable variable, String code, String field, Errors errors) {
        if (code.isEmpty()) {
            return;
        }
        Set<String> values = values(variable);
        boolean allKnown = variable.examples().size() < org.labourhub.riskmaps.datasets.formats.VariableSummary.EXAMPLES;
        if (!values.contains(code) && allKnown) {
            errors.rejectValue(field, "riskmaps.datasets.mapping.codeAbsent",
                    new Object[] {code, variable.name(), String.join(", ", values)}, null);
        }
    }

    /** The values known of a variable: its labelled values and its examples (without their labels). */
    static Set<String> values(DatasetVariable variable) {
        var values = new LinkedHashSet<String>(variable.valueLabels().keySet());
        for (String example : variable.examples()) {
            String value = example;
            for (var label : variable.valueLabels().entrySet()) {
                if (example.equals(label.getKey() + " = " + label.getValue())) {
                    value = label.getKey();
                }
            }
            values.add(value);
        }
        return values;
    }

    private String role(Role role) {
        return messages.getMessage("riskmaps.datasets.role." + role.name(), null, locale);
    }
}
