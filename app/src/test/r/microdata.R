# Writes the same survey-like data frame as Stata and SPSS files, the way R users write them (haven and foreign),
# and beside each family a tab-separated file of the values expected back: a number with 17 digits, a text as is,
# an empty cell for system-missing, "~value" for a value declared missing (SPSS) and ".a" for Stata's missing codes.
# Usage: Rscript microdata.R <output directory>
suppressPackageStartupMessages({ library(haven); library(foreign) })
out <- commandArgs(trailingOnly = TRUE)[1]
n <- 1200L
i <- seq_len(n)

id <- i
weight <- round(50 + (i * 7919L %% 1000L) / 13, 6)
age <- (i * 37L) %% 90L
age[i %% 50L == 0L] <- NA
sex <- 1L + (i %% 2L)
works <- ifelse(i %% 10L == 0L, 9, ifelse(i %% 3L == 0L, 2, 1))
income <- ifelse(i %% 17L == 0L, -99, round(i * 1.5 + 0.25, 2))
name <- paste0("Persona ", i, " \u00f1and\u00fa, \"q\"")
name[i %% 40L == 0L] <- ""
note <- rep("", n)
note[i %% 100L == 0L] <- paste0("nota ", i[i %% 100L == 0L], " ", strrep("\u00e9", 140))
note[600] <- paste0(strrep("largo ", 399), "fin")

labels_sex <- c("Hombre" = 1, "Mujer (ni\u00f1a)" = 2)
labelled_vars <- function(df) {
  attr(df$id, "label") <- "Identificador"
  attr(df$weight, "label") <- "Factor de expansi\u00f3n"
  attr(df$name, "label") <- "Nombre"
  df
}

# SPSS: user-missing values as a discrete value (works = 9) and a range (income from -99 to -90)
sav <- data.frame(id = id, weight = weight, age = age, stringsAsFactors = FALSE)
sav$sex <- labelled(sex, labels_sex, label = "Sexo")
sav$works <- labelled_spss(works, c("S\u00ed" = 1, "No" = 2, "No sabe" = 9), na_values = 9, label = "Trabaja")
sav$income <- labelled_spss(income, na_range = c(-99, -90), label = "Ingreso mensual")
sav$name <- name
sav$note <- note
sav <- labelled_vars(sav)
write_sav(sav, file.path(out, "survey.sav"), compress = "byte")
write_sav(sav, file.path(out, "survey-uncompressed.sav"), compress = "none")
write_sav(sav, file.path(out, "survey.zsav"), compress = "zsav")

# Stata: tagged missing values .a (works: don't know) and .b (income: refused)
works_dta <- ifelse(works == 9, tagged_na("a"), works)
income_dta <- ifelse(income == -99, tagged_na("b"), income)
dta <- data.frame(id = id, weight = weight, age = age, stringsAsFactors = FALSE)
dta$sex <- labelled(sex, labels_sex, label = "Sexo")
dta$works <- labelled(works_dta, c("S\u00ed" = 1, "No" = 2, "No sabe" = tagged_na("a")), label = "Trabaja")
dta$income <- labelled(income_dta, label = "Ingreso mensual")
dta$name <- name
dta$note <- note
dta <- labelled_vars(dta)
for (v in c(13, 14, 15)) write_dta(dta, file.path(out, paste0("survey-v", v, ".dta")), version = v)

# foreign::write.dta: factors become value labels, no user-missing values, short strings only
old <- data.frame(id = id, weight = weight, age = age, sex = factor(sex, 1:2, c("Hombre", "Mujer")),
                  name = sub(" \u00f1and\u00fa", "", name), stringsAsFactors = FALSE)
old$name[old$name == ""] <- "-" # foreign refuses empty strings
attr(old, "var.labels") <- c("Identificador", "Factor de expansion", "Edad", "Sexo", "Nombre")
write.dta(old, file.path(out, "foreign-default.dta"))
write.dta(old, file.path(out, "foreign-v10.dta"), version = 10L)

number <- function(x, declared = rep(FALSE, length(x))) {
  text <- ifelse(is.na(x), "", sprintf("%.17g", as.numeric(x)))
  ifelse(declared, paste0("~", text), text)
}
tagged <- function(x) {
  tag <- na_tag(x)
  ifelse(!is.na(tag), paste0(".", tag), number(x))
}
write_expected <- function(columns, file) {
  write.table(as.data.frame(columns, stringsAsFactors = FALSE, optional = TRUE), file.path(out, file),
              sep = "\t", quote = FALSE, row.names = FALSE, na = "", fileEncoding = "UTF-8")
}
write_expected(list(id = number(id), weight = number(weight), age = number(age), sex = number(sex),
                    works = number(works, works == 9), income = number(income, income >= -99 & income <= -90),
                    name = name, note = note), "expected-sav.tsv")
write_expected(list(id = number(id), weight = number(weight), age = number(age), sex = number(sex),
                    works = tagged(works_dta), income = tagged(income_dta), name = name, note = note),
               "expected-dta.tsv")
write_expected(list(id = number(id), weight = number(weight), age = number(age), sex = number(sex),
                    name = old$name), "expected-foreign.tsv")
