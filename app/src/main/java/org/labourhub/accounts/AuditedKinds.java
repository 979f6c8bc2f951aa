package org.labourhub.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules' {@link AuditedRecords}, looked up when first needed (the modules' beans that write to the trail are
 * made before them): which module a record type belongs to, its page, a value in the reader's words.
 */
@Component
class AuditedKinds {

    private final ObjectProvider<AuditedRecords> provider;
    private volatile List<AuditedRecords> modules;

    AuditedKinds(ObjectProvider<AuditedRecords> provider) {
        this.provider = provider;
    }

    /** The module of a record type: the one that declares it, else the part of the type before its first dot. */
    String module(String type) {
        return of(type).map(AuditedRecords::module)
                .orElseGet(() -> type.contains(".") ? type.substring(0, type.indexOf('.')) : "accounts");
    }

    Set<String> modules() {
        var names = new TreeSet<String>();
        all().forEach(m -> names.add(m.module()));
        return names;
    }

    Set<String> types() {
        var types = new TreeSet<String>();
        all().forEach(m -> types.addAll(m.types()));
        return types;
    }

    Optional<String> page(String type, String id) {
        return of(type).flatMap(m -> m.page(type, id));
    }

    /** A value in the words of the record's module, else of any module that knows such a field (a country code). */
    Optional<String> describe(String type, String field, Object value, Locale locale) {
        Optional<AuditedRecords> owner = of(type);
        Optional<String> described = owner.flatMap(m -> m.describe(type, field, value, locale));
        if (described.isPresent()) {
            return described;
        }
        for (AuditedRecords module : all()) {
            described = module.describe(null, field, value, locale);
            if (described.isPresent()) {
                return described;
            }
        }
        return Optional.empty();
    }

    Optional<String> label(String type, String field, Locale locale) {
        return of(type).flatMap(m -> m.label(type, field, locale));
    }

    Optional<String> name(String type, String id, Locale locale) {
        return of(type).flatMap(m -> m.name(type, id, locale));
    }

    private Optional<AuditedRecords> of(String type) {
        return all().stream().filter(m -> m.types().contains(type)).findFirst();
    }

    private List<AuditedRecords> all() {
        List<AuditedRecords> known = modules;
        if (known == null) {
            known = provider.orderedStream().toList();
            modules = known;
        }
        return known;
    }
}
