package org.labourhub.platform.i18n;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    private static final IcuMessageSource MESSAGES = messages();

    private static IcuMessageSource messages() {
        var source = new IcuMessageSource();
        source.setBasenames(MessageConfiguration.moduleBundles());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Formats in(String language) {
        return Formats.of(Locale.forLanguageTag(language), MESSAGES);
    }

    @Test
    void aDateReadsAsTheReaderWritesIt() {
        LocalDate day = LocalDate.of(2000, 8, 31);
        assertThat(in("es").date(day)).isEqualTo("31 de agosto de 2000");
        assertThat(in("pt").date(day)).isEqualTo("31 de agosto de 2000");
        assertThat(in("fr").date(day)).isEqualTo("31 août 2000");
        assertThat(in("en").date(day)).isEqualTo("August 31, 2000");
    }

    @Test
    void yearsAreNeverGroupedLikeNumbers() {
        for (String language : new String[]{"es", "en", "fr", "pt"}) {
            assertThat(in(language).years(2018, 2021)).isEqualTo("2018–2021");
            assertThat(in(language).years(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))).isEqualTo("2018");
        }
    }

    @Test
    void aPeriodSaysWhichEndIsMissing() {
        assertThat(in("es").period(null, null)).isEqualTo("Sin fechas indicadas");
        assertThat(in("es").period(LocalDate.of(2004, 5, 13), null)).isEqualTo("Desde el 13 de mayo de 2004");
        assertThat(in("fr").period(null, LocalDate.of(2005, 4, 13))).isEqualTo("Jusqu'au 13 avril 2005");
        assertThat(in("en").period(LocalDate.of(2004, 5, 13), LocalDate.of(2004, 5, 14))).contains("13").contains("14").contains("2004").doesNotContain("null");
    }

    @Test
    void moneyCarriesItsCurrencyAndTheLanguagesMarks() {
        assertThat(in("es").money(new BigDecimal("1234567"), "USD")).isEqualTo("1.234.567\u00a0USD");
        assertThat(in("en").money(new BigDecimal("1234567.5"), "USD")).isEqualTo("USD\u00a01,234,567.50");
        assertThat(in("fr").money(new BigDecimal("1234567"), "EUR")).isEqualTo("1\u202f234\u202f567\u00a0EUR");
    }

    @Test
    void aFigureAsTheSourceWroteItIsWrittenTheReadersWayWhenItIsANumber() {
        assertThat(in("es").figure("141407")).isEqualTo("141.407");
        assertThat(in("en").figure("12.5")).isEqualTo("12.5");
        assertThat(in("es").figure("about 40")).isEqualTo("about 40");
        assertThat(in("es").figure(null)).isEmpty();
        assertThat(in("es").month(java.time.YearMonth.of(2006, 11))).isEqualTo("noviembre de 2006");
        assertThat(in("en").fileSize(2_300_000)).isEqualTo("2.3 MB");
    }

    @Test
    void aDateGivenToAMessageIsWrittenInWordsNeverInIsoForm() {
        assertThat(MESSAGES.getMessage("platform.period.from", new Object[]{LocalDate.of(2026, 12, 20)}, Locale.forLanguageTag("es")))
                .isEqualTo("Desde el 20 de diciembre de 2026");
    }

    @Test
    void messagesSayOneOrManyByTheLanguagesPluralRules() {
        assertThat(MESSAGES.format("{0, plural, one {# actividad} other {# actividades}}", new Object[]{1}, Locale.forLanguageTag("es")))
                .isEqualTo("1 actividad");
        assertThat(MESSAGES.format("{0, plural, one {# actividad} other {# actividades}}", new Object[]{2291}, Locale.forLanguageTag("es")))
                .isEqualTo("2.291 actividades");
        assertThat(MESSAGES.format("l''activité {0}", new Object[]{"A"}, Locale.FRENCH)).isEqualTo("l'activité A");
    }
}
