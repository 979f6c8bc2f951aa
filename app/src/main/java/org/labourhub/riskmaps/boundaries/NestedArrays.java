package org.labourhub.riskmaps.boundaries;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the nested number arrays of GeoJSON coordinates and TopoJSON arc references as they stream by, whatever the
 * depth: an array of numbers becomes a {@code double[]}, an array of arrays a {@code List} of what they hold. Anything
 * else found inside (text, null, an object) is read past and marked, so that the feature is refused once read while
 * the rest of the file is still read.
 */
final class NestedArrays {

    /** What stands where the file has something other than numbers or arrays. */
    private static final Object NOT_NUMBERS = new Object();

    private NestedArrays() {
    }

    /** The value at the parser's current token (an array, or anything else, which is marked); read to its end. */
    static Object read(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return NOT_NUMBERS;
        }
        token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            return List.of();
        }
        if (token.isNumeric()) {
            return numbers(parser);
        }
        var items = new ArrayList<Object>();
        for (; token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(read(parser));
        }
        return items;
    }

    private static Object numbers(JsonParser parser) {
        double[] values = new double[4];
        int n = 0;
        boolean numbers = true;
        for (JsonToken token = parser.currentToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (!token.isNumeric()) {
                parser.skipChildren();
                numbers = false;
                continue;
            }
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = parser.getDoubleValue();
        }
        return numbers ? Arrays.copyOf(values, n) : NOT_NUMBERS;
    }

    /** The list an array of arrays was read into; anything else (numbers where arrays belong) is refused. */
    @SuppressWarnings("unchecked")
    static List<Object> list(Object read) throws BadShape {
        if (read instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new BadShape("badCoordinates");
    }

    /** The numbers an array of numbers was read into. */
    static double[] numbers(Object read) throws BadShape {
        if (read instanceof double[] numbers) {
            return numbers;
        }
        if (read instanceof List<?> list && list.isEmpty()) {
            return new double[0];
        }
        throw new BadShape("badCoordinates");
    }
}
