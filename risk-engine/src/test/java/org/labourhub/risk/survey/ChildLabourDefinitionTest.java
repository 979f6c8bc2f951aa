package org.labourhub.risk.survey;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every threshold of the ILO definition, on both sides of its boundary. */
class ChildLabourDefinitionTest {

    private final ChildLabourDefinition ilo = ChildLabourDefinition.ILO;
    private final ChildLabourDefinition variant2 = ChildLabourDefinition.ILO.withChores(true);

    private boolean works(ChildLabourDefinition d, int age, double hours) {
        return d.isChildLabour(age, hours, 0, false, false);
    }

    private boolean chores(ChildLabourDefinition d, int age, double hours) {
        return d.isChildLabour(age, 0, hours, false, false);
    }

    @Test
    void youngChildrenCountFromOneHour() {
        assertFalse(works(ilo, 11, 0.99));
        assertTrue(works(ilo, 11, 1));
        assertTrue(works(ilo, 5, 1));
    }

    @Test
    void ageTwelveNeedsFourteenHours() {
        assertTrue(works(ilo, 11, 13));
        assertFalse(works(ilo, 12, 13));
        assertFalse(works(ilo, 12, 13.99));
        assertTrue(works(ilo, 12, 14));
        assertTrue(works(ilo, 14, 14));
    }

    @Test
    void ageFifteenNeedsMoreThanFortyThreeHours() {
        assertTrue(works(ilo, 14, 43));
        assertFalse(works(ilo, 15, 43));
        assertTrue(works(ilo, 15, 43.5));
        assertFalse(works(ilo, 17, 43));
        assertTrue(works(ilo, 17, 44));
    }

    @Test
    void childrenAreFiveToSeventeen() {
        assertFalse(ilo.isChildLabour(18, 60, 0, true, true));
        assertFalse(ilo.isChildLabour(4, 60, 0, true, true));
        assertEquals(-1, ilo.band(18));
        assertEquals(-1, ilo.band(4));
        assertEquals(0, ilo.band(11));
        assertEquals(1, ilo.band(12));
        assertEquals(1, ilo.band(14));
        assertEquals(2, ilo.band(15));
        assertEquals(2, ilo.band(17));
    }

    @Test
    void hazardousWorkAndWorstFormsCountAtAnyAgeBelowEighteen() {
        assertTrue(ilo.isChildLabour(17, 0, 0, true, false));
        assertTrue(ilo.isChildLabour(5, 0, 0, false, true));
        assertFalse(ilo.isChildLabour(18, 0, 0, true, false));
    }

    @Test
    void variantTwoCountsMoreThanTwentyOneHoursOfChoresUpToFourteen() {
        assertFalse(chores(variant2, 14, 21));
        assertTrue(chores(variant2, 14, 21.5));
        assertTrue(chores(variant2, 5, 22));
        assertFalse(chores(variant2, 15, 40));
        assertFalse(chores(ilo, 10, 40));
    }

    @Test
    void nationalThresholdsAreSettable() {
        var national = new ChildLabourDefinition(5, 13, 15, 17, 1, 10, 36, false, 21);
        assertTrue(works(national, 13, 1));
        assertFalse(works(national, 14, 9));
        assertTrue(works(national, 15, 10));
        assertFalse(works(national, 16, 36));
        assertTrue(works(national, 16, 37));
    }

    @Test
    void rejectsAgesThatDoNotRise() {
        assertThrows(IllegalArgumentException.class, () -> new ChildLabourDefinition(5, 14, 12, 17, 1, 14, 43, false, 21));
        assertThrows(IllegalArgumentException.class, () -> new ChildLabourDefinition(5, 11, 14, 17, -1, 14, 43, false, 21));
    }
}
