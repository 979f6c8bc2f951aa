# Reference results for the risk engine's tests, computed with R's glm and survey::svyglm on the synthetic
# population's files (columns as written by `risk-engine generate`).
#
# Usage: Rscript reference.R SURVEY.csv CENSUS.csv OUT_DIR LONELY_PSU
# Writes OUT_DIR/coefficients.csv (term, glm, svyglm, svyglm_se), OUT_DIR/direct.csv (domain, estimate, se),
# OUT_DIR/territories.csv (territory, children, expected) and OUT_DIR/predictions.csv (first 1000 census rows).
suppressPackageStartupMessages({
  library(survey)
  library(data.table)
})
args <- commandArgs(trailingOnly = TRUE)
survey_file <- args[1]; census_file <- args[2]; out <- args[3]; lonely <- args[4]
options(survey.lonely.psu = lonely)

as_factors <- function(d) {
  d[, sex := relevel(factor(sex), ref = "2")]
  d[, head_schooling := relevel(factor(head_schooling), ref = "secondary")]
  d
}

s <- fread(survey_file, colClasses = list(character = c("stratum", "territory", "region", "head_schooling")))
s <- s[age >= 5 & age <= 17]
s[, child_labour := as.integer(hazardous == 1 | worst_forms == 1 |
                               (age <= 11 & hours_economic >= 1) |
                               (age >= 12 & age <= 14 & hours_economic >= 14) |
                               (age >= 15 & hours_economic > 43))]
s[, band := ifelse(age <= 11, "5-11", ifelse(age <= 14, "12-14", "15-17"))]
s <- as_factors(s)

model <- child_labour ~ sex + age + rural + indigenous + migrant + attends_school + head_schooling +
  head_agriculture + head_social_security + household_size + spouse_schooling + female_head + poverty
tight <- glm.control(epsilon = 1e-12, maxit = 100)

g <- suppressWarnings(glm(model, family = binomial, weights = weight, data = s, control = tight))
design <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = s)
m <- svyglm(model, design = design, family = quasibinomial(), control = tight)

fwrite(data.table(term = names(coef(m)), glm = coef(g), svyglm = coef(m), svyglm_se = SE(m)),
       file.path(out, "coefficients.csv"))

direct <- function(name, est) data.table(domain = name, estimate = as.numeric(coef(est)), se = as.numeric(SE(est)))
by_sex <- svyby(~child_labour, ~sex, design, svymean)
by_band <- svyby(~child_labour, ~band, design, svymean)
fwrite(rbind(direct("all children", svymean(~child_labour, design)),
             data.table(domain = paste0("sex ", by_sex$sex), estimate = by_sex$child_labour, se = SE(by_sex)),
             data.table(domain = paste0("band ", by_band$band), estimate = by_band$child_labour, se = SE(by_band))),
       file.path(out, "direct.csv"))

census <- fread(census_file, colClasses = list(character = c("territory", "region", "head_schooling")))
census <- as_factors(census[age >= 5 & age <= 17])
census[, p := predict(m, newdata = census, type = "response")]
fwrite(census[1:1000, .(id, p)], file.path(out, "predictions.csv"))
fwrite(census[, .(children = .N, expected = sum(p)), by = territory][order(territory)],
       file.path(out, "territories.csv"))
