package org.labourhub.risk.report;

import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void numbersReadAsStringFormatWouldWriteThem() {
        double[] values = {0, 0.04, 1234567.891, -987.5, 0.2292379, 12.0, 999.9999, -3.14159};
        for (double v : values) {
            for (int decimals = 0; decimals <= 4; decimals++) {
                assertEquals(String.format(Locale.ROOT, "%,." + decimals + "f", v), Html.number(v, decimals),
                        v + " with " + decimals + " decimals");
            }
        }
        assertEquals("22.9 %", Html.percent(0.2292379));
        assertEquals("–", Html.percent(Double.NaN));
    }

    @Test
    void escapesMarkup() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Html.escape("a <b> & \"c\""));
        assertEquals("São Tomé", Html.escape("São Tomé"));
    }
}
