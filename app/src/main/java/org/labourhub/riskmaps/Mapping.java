package org.labourhub.riskmaps;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which variable of a file plays which role, the codes of boys and girls, and the covariates; saved under a name per
 * country and kind of file so that the next round of the same survey is mapped in one step.
 */
public record Mapping(String name, DatasetKind kind, Map<Role, String> roles, String maleCode, String femaleCode,
                      List<MappedCovariate> covariates) {

    public Mapping {
        roles = roles.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(roles));
        covariates = List.copyOf(covariates);
    }

    public Optional<String> variable(Role role) {
        return Optional.ofNullable(roles.get(role)).filter(v -> !v.isBlank());
    }
}
