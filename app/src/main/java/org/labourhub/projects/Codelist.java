package org.labourhub.projects;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One IATI codelist as published: its codes in the order of the file, each code's names in every language the file
 * gives, whether the code is withdrawn, and the code's category where the list has categories.
 */
public final class Codelist {

    /** A code of the list; {@code names} maps a language ({@code en}, {@code fr}, …) to the name, in file order. */
    record Item(String code, Map<String, String> names, boolean withdrawn, String category) {
    }

    private final String name;
    private final Map<String, Item> items;
    private final List<String> codes;

    Codelist(String name, List<Item> items) {
        this.name = Objects.requireNonNull(name, "name");
        var byCode = new LinkedHashMap<String, Item>();
        items.forEach(item -> byCode.putIfAbsent(item.code(), item));
        this.items = Collections.unmodifiableMap(byCode);
        this.codes = List.copyOf(byCode.keySet());
    }

    /** The list's name as IATI spells it: {@code Country}, {@code Sector}, {@code TransactionType}. */
    public String name() {
        return name;
    }

    /** Every code of the list, withdrawn ones included, in the order of the file. */
    public List<String> codes() {
        return codes;
    }

    /** Whether the list has the code, active or withdrawn. */
    public boolean contains(String code) {
        return code != null && items.containsKey(code);
    }

    /**
     * The code's name in the locale's language; else its English name; else its name in any language the list gives.
     * Empty when the list lacks the code or gives it no name.
     */
    public Optional<String> name(String code, Locale locale) {
        var item = code == null ? null : items.get(code);
        if (item == null || item.names().isEmpty()) {
            return Optional.empty();
        }
        var names = item.names();
        var wanted = names.get(locale.getLanguage());
        if (wanted != null) {
            return Optional.of(wanted);
        }
        return Optional.of(names.getOrDefault("en", names.values().iterator().next()));
    }

    /** The code's name exactly in that language ({@code fr}), with no falling back to another. */
    Optional<String> nameIn(String code, String language) {
        var item = code == null ? null : items.get(code);
        return item == null ? Optional.empty() : Optional.ofNullable(item.names().get(language));
    }

    /** Whether the list has the code and marks it withdrawn (it stays valid for data published before then). */
    public boolean isWithdrawn(String code) {
        var item = code == null ? null : items.get(code);
        return item != null && item.withdrawn();
    }

    /** The code's category (a code of the list's category list, e.g. {@code 111} for sector 11110), if it has one. */
    public Optional<String> category(String code) {
        var item = code == null ? null : items.get(code);
        return item == null ? Optional.empty() : Optional.ofNullable(item.category());
    }

    @Override
    public String toString() {
        return "Codelist " + name + " (" + items.size() + " codes)";
    }
}
