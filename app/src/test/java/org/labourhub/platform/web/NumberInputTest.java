package org.labourhub.platform.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class NumberInputTest {

    static final NumberInput COUNT = new NumberInput(15, 0, BigDecimal.ZERO, new BigDecimal("999999999999999"));

    @Test
    void numbersAreReadWithAPointOrACommaAndSpacesBetweenThousands() {
        assertThat(NumberInput.number("1 250,50")).isEqualByComparingTo("1250.50");
        assertThat(NumberInput.number("-3.5")).isEqualByComparingTo("-3.5");
        assertThat(NumberInput.MONEY.problem("250000")).isEmpty();
        assertThat(COUNT.problem("29,0")).isEmpty();
    }

    @Test
    void exponentsAndHugeNumbersAreNamedProblemsNotExceptions() {
        assertThat(NumberInput.number("1e400")).isNull();
        assertThat(NumberInput.MONEY.problem("1e400").orElseThrow().getCodes()).containsExactly("validation.number.notANumber");
        assertThat(NumberInput.MONEY.problem("9".repeat(40)).orElseThrow().getCodes()).containsExactly("validation.number.range");
        assertThat(NumberInput.MONEY.problem("9".repeat(40)).orElseThrow().getArguments())
                .containsExactly("0", "9999999999999999.99");
        assertThat(NumberInput.MONEY.problem("12.345").orElseThrow().getCodes()).containsExactly("validation.number.decimals");
        assertThat(COUNT.problem("-5").orElseThrow().getCodes()).containsExactly("validation.number.range");
        assertThat(COUNT.problem("2.5").orElseThrow().getCodes()).containsExactly("validation.number.whole");
        assertThat(COUNT.problem("1".repeat(60)).orElseThrow().getCodes()).containsExactly("validation.number.range");
    }
}
