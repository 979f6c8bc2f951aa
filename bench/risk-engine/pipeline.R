# The R pipeline the engine is compared with: data.table::fread + survey::svyglm + predict + aggregation by
# territory, on the files written by `risk-engine generate`. Prints one "stage seconds" line per stage.
# Usage: Rscript pipeline.R SURVEY.csv CENSUS.csv OUT.csv
suppressPackageStartupMessages({
  library(survey)
  library(data.table)
})
args <- commandArgs(trailingOnly = TRUE)
options(survey.lonely.psu = "adjust")
setDTthreads(2)
timed <- function(stage, expr) {
  t <- system.time(value <- expr)
  cat(sprintf("%-18s %8.2f s %8.2f s cpu\n", stage, t[["elapsed"]], t[["user.self"]] + t[["sys.self"]]))
  value
}
started <- proc.time()
s <- timed("read_survey", fread(args[1], colClasses = list(character = c("stratum", "head_schooling"))))
s <- s[age >= 5 & age <= 17]
s[, child_labour := as.integer(hazardous == 1 | worst_forms == 1 | (age <= 11 & hours_economic >= 1) |
                               (age >= 12 & age <= 14 & hours_economic >= 14) | (age >= 15 & hours_economic > 43))]
s[, sex := relevel(factor(sex), ref = "2")]
s[, head_schooling := relevel(factor(head_schooling), ref = "secondary")]
model <- child_labour ~ sex + age + rural + indigenous + migrant + attends_school + head_schooling +
  head_agriculture + head_social_security + household_size + spouse_schooling + female_head + poverty
design <- timed("design", svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, nest = TRUE, data = s))
m <- timed("svyglm", svyglm(model, design = design, family = quasibinomial()))
census <- timed("read_census", fread(args[2], colClasses = list(character = c("territory", "head_schooling"))))
census <- census[age >= 5 & age <= 17]
census[, sex := factor(sex, levels = levels(s$sex))]
census[, head_schooling := factor(head_schooling, levels = levels(s$head_schooling))]
census[, p := timed("predict", predict(m, newdata = census, type = "response"))]
territories <- timed("aggregate", census[, .(children = .N, expected = sum(p)), by = territory][order(territory)])
fwrite(territories, args[3])
used <- proc.time() - started
cat(sprintf("%-18s %8.2f s %8.2f s cpu\n", "total", used[["elapsed"]], used[["user.self"]] + used[["sys.self"]]))
