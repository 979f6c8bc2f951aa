# Writes a census CSV (as the risk engine's generator makes it) as a Stata file, the way a statistics office's R
# user would: codes kept as text, the sex variable with value labels, variable labels in Spanish.
# Usage: Rscript census-dta.R <census.csv> <census.dta>
suppressPackageStartupMessages(library(haven))
args <- commandArgs(trailingOnly = TRUE)
census <- read.csv(args[1], stringsAsFactors = FALSE,
                   colClasses = c(territory = "character", region = "character", head_schooling = "character"))
census$sex <- labelled(census$sex, c("Hombre" = 1, "Mujer" = 2), label = "Sexo")
attr(census$age, "label") <- "Edad en a\u00f1os cumplidos"
attr(census$territory, "label") <- "Departamento (ISO 3166-2)"
write_dta(census, args[2], version = 15)
