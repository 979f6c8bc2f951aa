package org.labourhub.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueObjectsTest {

    @Test
    void aCountryCodeIsTwoCapitalLetters() {
        assertThat(CountryCode.parse("GT")).contains(new CountryCode("GT"));
        assertThat(CountryCode.parse("gt")).isEmpty();
        assertThat(CountryCode.parse("GTM")).isEmpty();
        assertThat(CountryCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new CountryCode("G1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWebAddressIsAnAbsoluteHttpUrlWithAHost() {
        assertThat(WebAddress.isValid("https://www.mintrabajo.gob.gt")).isTrue();
        assertThat(WebAddress.isValid("http://ilo.org/ipec?lang=es")).isTrue();
        assertThat(WebAddress.isValid("www.mintrabajo.gob.gt")).isFalse();
        assertThat(WebAddress.isValid("ftp://ilo.org")).isFalse();
        assertThat(WebAddress.isValid("https://localhost")).isFalse();
        assertThat(WebAddress.isValid("https://ilo.org/a b")).isFalse();
        assertThat(WebAddress.isValid("https://ilo.org/" + "x".repeat(300))).isFalse();
        assertThatThrownBy(() -> new WebAddress("javascript:alert(1)")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmailAddressHasOneAtAndADomainWithADot() {
        assertThat(EmailAddress.isValid("punto.focal@mintrabajo.gob.gt")).isTrue();
        assertThat(EmailAddress.isValid("punto.focal@mintrabajo")).isFalse();
        assertThat(EmailAddress.isValid("a@b@c.org")).isFalse();
        assertThat(EmailAddress.isValid("a b@c.org")).isFalse();
        assertThat(EmailAddress.isValid("")).isFalse();
    }

    @Test
    void aStableKeyIsMadeFromFreeTextWithoutAccents() {
        assertThat(StableKey.from("Cámara de Comercio – GT")).isEqualTo(new StableKey("camara-de-comercio-gt"));
        assertThat(StableKey.from("  !!  ")).isEqualTo(new StableKey("organisation"));
        assertThat(StableKey.from("x".repeat(100)).value()).hasSize(60);
        assertThatThrownBy(() -> new StableKey("Upper")).isInstanceOf(IllegalArgumentException.class);
    }
}
