package org.labourhub.riskmaps.boundaries;

/** What an uploader says about a boundary file: its country, a name, the properties to read and its source. */
public record NewBoundarySet(String country, String name, String codeProperty, String nameProperty, String source) {

    public NewBoundarySet {
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Not a country code: " + country);
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A boundary set's name has 1 to 200 characters");
        }
        if (codeProperty == null || codeProperty.isBlank()) {
            throw new IllegalArgumentException("A boundary set needs the property that carries the code");
        }
        nameProperty = nameProperty == null || nameProperty.isBlank() ? null : nameProperty;
        source = source == null || source.isBlank() ? null : source.strip();
    }
}
