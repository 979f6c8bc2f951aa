package org.labourhub.riskmaps.demo;

import org.labourhub.riskmaps.DatasetKind;
import org.labourhub.riskmaps.Labels;
import org.labourhub.riskmaps.MappedCovariate;
import org.labourhub.riskmaps.Mapping;
import org.labourhub.riskmaps.ProfileTag;
import org.labourhub.riskmaps.Role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The mappings of the files the engine's generator writes ({@code risk-engine generate}), with the covariates named
 * in the four languages: what an analyst would enter on the mapping page for them.
 */
public final class SyntheticMappings {

    private SyntheticMappings() {
    }

    public static Mapping survey() {
        var roles = new EnumMap<Role, String>(Role.class);
        roles.putAll(Map.of(Role.ID, "id", Role.HOUSEHOLD, "household", Role.PSU, "psu", Role.STRATUM, "stratum",
                Role.WEIGHT, "weight", Role.AGE, "age", Role.SEX, "sex", Role.ECONOMIC_HOURS, "hours_economic",
                Role.CHORE_HOURS, "hours_chores", Role.HAZARDOUS, "hazardous"));
        roles.putAll(Map.of(Role.WORST_FORMS, "worst_forms", Role.TERRITORY, "territory", Role.REGION, "region"));
        return new Mapping("Synthetic survey", DatasetKind.SURVEY, roles, "1", "2", covariates());
    }

    public static Mapping census() {
        var roles = new EnumMap<Role, String>(Role.class);
        roles.putAll(Map.of(Role.ID, "id", Role.HOUSEHOLD, "household", Role.AGE, "age", Role.SEX, "sex",
                Role.TERRITORY, "territory", Role.REGION, "region"));
        return new Mapping("Synthetic census", DatasetKind.CENSUS, roles, "1", "2", covariates());
    }

    static List<MappedCovariate> covariates() {
        return List.of(
                new MappedCovariate("sex", true, "2", null, labels("sex", "Sex", "Sexo", "Sexe", "Sexo"),
                        Map.of("1", labels("1", "Boy", "Niño", "Garçon", "Menino"),
                                "2", labels("2", "Girl", "Niña", "Fille", "Menina"))),
                numeric("age", null, "Age", "Edad", "Âge", "Idade"),
                numeric("rural", ProfileTag.RURAL, "Lives in a rural area", "Vive en zona rural",
                        "Vit en zone rurale", "Vive em área rural"),
                numeric("indigenous", ProfileTag.INDIGENOUS, "Indigenous", "Indígena", "Autochtone", "Indígena"),
                numeric("migrant", ProfileTag.MIGRANT, "Migrant", "Migrante", "Migrant", "Migrante"),
                numeric("attends_school", ProfileTag.ATTENDS_SCHOOL, "Attends school", "Asiste a la escuela",
                        "Va à l'école", "Frequenta a escola"),
                new MappedCovariate("head_schooling", true, "secondary", null,
                        labels("head_schooling", "Schooling of the household head", "Escolaridad del jefe de hogar",
                                "Scolarité du chef de ménage", "Escolaridade do chefe do domicílio"),
                        Map.of("none", labels("none", "None", "Ninguna", "Aucune", "Nenhuma"),
                                "primary", labels("primary", "Primary", "Primaria", "Primaire", "Fundamental"),
                                "secondary", labels("secondary", "Secondary", "Secundaria", "Secondaire", "Médio"),
                                "tertiary", labels("tertiary", "Tertiary", "Superior", "Supérieure", "Superior"))),
                numeric("head_agriculture", null, "Household head works in agriculture",
                        "Jefe de hogar trabaja en la agricultura", "Chef de ménage travaillant dans l'agriculture",
                        "Chefe do domicílio trabalha na agricultura"),
                numeric("head_social_security", null, "Household head has social security",
                        "Jefe de hogar con seguridad social", "Chef de ménage affilié à la sécurité sociale",
                        "Chefe do domicílio com seguridade social"),
                numeric("household_size", null, "Household size", "Tamaño del hogar", "Taille du ménage",
                        "Tamanho do domicílio"),
                numeric("spouse_schooling", null, "Years of schooling of the spouse", "Años de escolaridad del cónyuge",
                        "Années de scolarité du conjoint", "Anos de escolaridade do cônjuge"),
                numeric("female_head", null, "Household headed by a woman", "Hogar con jefatura femenina",
                        "Ménage dirigé par une femme", "Domicílio chefiado por mulher"),
                numeric("poverty", null, "Household in poverty", "Hogar en situación de pobreza", "Ménage pauvre",
                        "Domicílio em situação de pobreza"));
    }

    private static MappedCovariate numeric(String variable, ProfileTag tag, String en, String es, String fr, String pt) {
        return new MappedCovariate(variable, false, null, tag, labels(variable, en, es, fr, pt));
    }

    private static Labels labels(String name, String en, String es, String fr, String pt) {
        return new Labels(name, Map.of("en", en, "es", es, "fr", fr, "pt", pt));
    }
}
