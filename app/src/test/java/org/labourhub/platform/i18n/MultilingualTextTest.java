package org.labourhub.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultilingualTextTest {

    private final MultilingualText plan = new MultilingualText(Language.FR,
            Map.of(Language.FR, "Plan stratégique", Language.ES, "Plan estratégico"));

    @Test
    void readersGetTheirLanguageOrTheOriginalMarkedAsNotTranslated() {
        assertThat(plan.in(Locale.forLanguageTag("es"))).isEqualTo("Plan estratégico");
        assertThat(plan.isAvailableIn(Locale.forLanguageTag("es"))).isTrue();
        assertThat(plan.in(Locale.forLanguageTag("pt"))).isEqualTo("Plan stratégique");
        assertThat(plan.isAvailableIn(Locale.forLanguageTag("pt"))).isFalse();
        assertThat(plan.shownIn(Locale.forLanguageTag("pt"))).isEqualTo(Language.FR);
    }

    @Test
    void theOriginalTextIsRequiredAndBlankTranslationsAreDropped() {
        assertThatThrownBy(() -> new MultilingualText(Language.EN, Map.of(Language.FR, "texte")))
                .hasMessageContaining("original language (en)");
        assertThat(plan.with(Language.ES, "  ").translations()).doesNotContainKey(Language.ES);
        assertThatThrownBy(() -> plan.with(Language.FR, "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overlongTextIsRefused() {
        assertThatThrownBy(() -> MultilingualText.of(Language.EN, "x".repeat(MultilingualText.MAX_LENGTH + 1)))
                .hasMessageContaining("longer than");
    }

    @Test
    void survivesTheJsonRoundTrip() {
        String json = MultilingualTextJson.write(plan);
        assertThat(json).contains("\"original\":\"fr\"");
        assertThat(MultilingualTextJson.read(json)).isEqualTo(plan);
    }

    @Test
    void languageCodesAreCheckedAndUnknownLocalesFallBackToEnglish() {
        assertThat(Language.ofCode("PT")).contains(Language.PT);
        assertThat(Language.ofCode("de")).isEmpty();
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
    }
}
