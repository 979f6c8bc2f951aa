package org.labourhub.projects;

/** LabourHub's themes, which IATI carries as sector vocabulary 99 (reporting organisation's own). */
public enum Theme {
    LABOUR_ADMINISTRATION, OSH, CHILD_LABOUR, LABOUR_MIGRATION, EMPLOYMENT_SERVICES,
    SMALL_ENTERPRISES, SOCIAL_DIALOGUE, GENDER_EQUALITY, SOCIAL_PROTECTION, SKILLS;

    public static boolean isKnown(String code) {
        return java.util.Arrays.stream(values()).anyMatch(t -> t.name().equals(code));
    }
}
