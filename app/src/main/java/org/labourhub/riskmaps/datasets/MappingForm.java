package org.labourhub.riskmaps.datasets;

import org.labourhub.riskmaps.Dataset;
import org.labourhub.riskmaps.DatasetVariable;
import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.Role;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping page's form: a name to save it under, the variable of each role, the codes of boys and girls, and one
 * line per candidate covariate (used or not, categorical or numeric, reference level, fiche line, name in the four
 * languages, prefilled with the file's label).
 */
class MappingForm {

    static final List<String> LANGUAGES = List.of("es", "en", "fr", "pt");

    private String name = "";
    private Long partner;
    private Map<String, String> roles = new LinkedHashMap<>();
    private String maleCode = "";
    private String femaleCode = "";
    private List<CovariateLine> covariates = new ArrayList<>();

    /** One candidate covariate. */
    public static class CovariateLine {
        private String variable = "";
        private boolean use;
        private boolean categorical = true;
        private String reference = "";
        private String tag = "";
        private Map<String, String> labels = new LinkedHashMap<>();

        static CovariateLine of(DatasetVariable v) {
            var line = new CovariateLine();
            line.variable = v.name();
            line.categorical = !v.numeric() || !v.valueLabels().isEmpty();
            for (String language : LANGUAGES) {
                line.labels.put(language, v.label() == null ? "" : v.label());
            }
            return line;
        }

        MappedCovariate toCovariate() {
            var byLanguage = new LinkedHashMap<String, String>();
            labels.forEach((language, label) -> {
                if (LANGUAGES.contains(language) && label != null && !label.isBlank()) {
                    byLanguage.put(language, label.strip());
                }
            });
            return new MappedCovariate(variable, categorical, reference.isBlank() ? null : reference.strip(),
                    tag.isBlank() ? null : ProfileTag.valueOf(tag), new Labels(variable, byLanguage));
        }

        public String getVariable() { return variable; }
        public void setVariable(String variable) { this.variable = variable == null ? "" : variable; }
        public boolean isUse() { return use; }
        public void setUse(boolean use) { this.use = use; }
        public boolean isCategorical() { return categorical; }
        public void setCategorical(boolean categorical) { this.categorical = categorical; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference == null ? "" : reference; }
        public String getTag() { return tag; }
        public void setTag(String tag) { this.tag = tag == null || !TAGS.contains(tag) ? "" : tag; }
        public Map<String, String> getLabels() { return labels; }
        public void setLabels(Map<String, String> labels) { this.labels = labels == null ? new LinkedHashMap<>() : labels; }
    }

    private static final Set<String> TAGS = java.util.Arrays.stream(ProfileTag.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toSet());

    /** A blank form for a dataset: no role chosen, every candidate covariate offered and unused. */
    static MappingForm blank(List<DatasetVariable> candidates) {
        var form = new MappingForm();
        for (DatasetVariable v : candidates) {
            form.covariates.add(CovariateLine.of(v));
        }
        return form;
    }

    /**
     * The form filled from a saved mapping for this dataset; the variables the mapping names that the dataset lacks
     * are added to {@code lacking} (as "variable" → the role or covariate it was for) and left out.
     */
    static MappingForm from(Mapping saved, Dataset dataset, List<DatasetVariable> candidates, Map<String, String> lacking) {
        var form = blank(candidates);
        form.name = saved.name();
        saved.roles().forEach((role, variable) -> {
            if (dataset.variable(variable).isPresent()) {
                form.roles.put(role.name(), variable);
            } else {
                lacking.put(variable, role.name());
            }
        });
        form.maleCode = saved.maleCode() == null ? "" : saved.maleCode();
        form.femaleCode = saved.femaleCode() == null ? "" : saved.femaleCode();
        for (MappedCovariate c : saved.covariates()) {
            var line = form.covariates.stream().filter(l -> l.variable.equals(c.variable())).findFirst();
            if (line.isEmpty()) {
                lacking.put(c.variable(), "");
                continue;
            }
            CovariateLine l = line.get();
            l.use = true;
            l.categorical = c.categorical();
            l.reference = c.reference() == null ? "" : c.reference();
            l.tag = c.tag() == null ? "" : c.tag().name();
            for (String language : LANGUAGES) {
                String label = c.labels().byLanguage().get(language);
                if (label != null) {
                    l.labels.put(language, label);
                }
            }
        }
        return form;
    }

    /** The chosen variable of a role, or null. */
    String variable(Role role) {
        String v = roles.get(role.name());
        return v == null || v.isBlank() ? null : v.strip();
    }

    Mapping toMapping(Dataset dataset) {
        var chosen = new EnumMap<Role, String>(Role.class);
        for (Role role : Role.allowed(dataset.kind())) {
            if (variable(role) != null) {
                chosen.put(role, variable(role));
            }
        }
        boolean sex = chosen.containsKey(Role.SEX);
        return new Mapping(name.strip(), dataset.kind(), chosen, sex ? maleCode.strip() : null,
                sex ? femaleCode.strip() : null,
                covariates.stream().filter(CovariateLine::isUse).map(CovariateLine::toCovariate).toList());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name == null ? "" : name; }
    public Long getPartner() { return partner; }
    public void setPartner(Long partner) { this.partner = partner; }
    public Map<String, String> getRoles() { return roles; }
    public void setRoles(Map<String, String> roles) { this.roles = roles == null ? new LinkedHashMap<>() : roles; }
    public String getMaleCode() { return maleCode; }
    public void setMaleCode(String maleCode) { this.maleCode = maleCode == null ? "" : maleCode; }
    public String getFemaleCode() { return femaleCode; }
    public void setFemaleCode(String femaleCode) { this.femaleCode = femaleCode == null ? "" : femaleCode; }
    public List<CovariateLine> getCovariates() { return covariates; }
    public void setCovariates(List<CovariateLine> covariates) { this.covariates = covariates == null ? new ArrayList<>() : covariates; }
}
