package org.labourhub.riskmaps;

import org.labourhub.accounts.AuditedRecords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The risk maps' records in the audit trail (datasets, mappings, definitions, boundary sets, runs, vulnerability indexes, validations of runs): their pages, and
 * their states, kinds and visibility in words.
 */
@Component
class RiskmapsAudit implements AuditedRecords {

    static final String MAPPING = "variable-mapping";
    static final String DEFINITION = "child-labour-definition";
    static final String BOUNDARIES = "boundary-set";
    static final String INDEX = "vulnerability-index";
    static final String VALIDATION = "run-validation";

    private final MessageSource messages;

    RiskmapsAudit(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String module() {
        return "riskmaps";
    }

    @Override
    public Set<String> types() {
        return Set.of(Datasets.TYPE, ModelRuns.TYPE, MAPPING, DEFINITION, BOUNDARIES, INDEX, VALIDATION);
    }

    @Override
    public Optional<String> page(String type, String id) {
        return switch (type) {
            case Datasets.TYPE -> Optional.of("/riskmaps/datasets/" + id);
            case ModelRuns.TYPE -> Optional.of("/riskmaps/runs/" + id);
            case BOUNDARIES -> Optional.of("/riskmaps/boundaries/" + id);
            case INDEX -> Optional.of("/riskmaps/index/" + id);
            case VALIDATION -> Optional.of("/riskmaps/runs/" + id + "/validation");
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> describe(String type, String field, Object value, Locale locale) {
        if (!(value instanceof String code)) {
            return Optional.empty();
        }
        String key = switch (field) {
            case "state" -> "riskmaps.run.state." + code;
            case "visibility" -> "riskmaps.run.visibility." + code;
            case "kind" -> "riskmaps.dataset.kind." + code;
            case "microdata" -> "riskmaps.dataset.microdata." + code;
            default -> null;
        };
        return key == null ? Optional.empty() : Optional.of(messages.getMessage(key, null, locale));
    }
}
