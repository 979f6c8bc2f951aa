package org.labourhub.risk.synthetic;

/** The configuration that reads the synthetic files: also a worked example of every column setting. */
final class ConfigTemplate {

    static final String TEXT = """
            # Columns of the synthetic survey and census (risk-engine generate)
            column.id=id
            column.household=household
            column.psu=psu
            column.stratum=stratum
            column.weight=weight
            column.age=age
            column.sex=sex
            column.hours.economic=hours_economic
            column.hours.chores=hours_chores
            column.hazardous=hazardous
            column.worst.forms=worst_forms
            column.territory=territory
            column.region=region
            sex.male=1
            sex.female=2
            covariates=sex,age,rural,indigenous,migrant,attends_school,head_schooling,head_agriculture,\\
              head_social_security,household_size,spouse_schooling,female_head,poverty
            covariate.sex.type=categorical
            covariate.sex.reference=2
            covariate.head_schooling.type=categorical
            covariate.head_schooling.reference=secondary
            variance.lonely.psu=adjust
            levels.method=natural-breaks
            """;

    private ConfigTemplate() {
    }
}
