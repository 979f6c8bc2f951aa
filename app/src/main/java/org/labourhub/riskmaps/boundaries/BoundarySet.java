package org.labourhub.riskmaps.boundaries;

import java.time.OffsetDateTime;

/**
 * One uploaded boundary file of a country: which properties gave the codes and names, where the boundaries come from
 * and under which licence, who uploaded it, and how many territories it draws.
 */
public record BoundarySet(long id, String country, String name, String codeProperty, String nameProperty,
                          String source, String uploadedBy, OffsetDateTime uploadedAt, int territories) {
}
