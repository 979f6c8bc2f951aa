package org.labourhub.platform;

/**
 * Which ISO 3166 alpha-2 country codes LabourHub knows. The directory module provides it; modules that store a
 * country code without depending on the directory (such as accounts) check codes through it.
 */
public interface CountryCodes {

    boolean isKnown(String iso2);
}
