package org.labourhub.plans;

import org.labourhub.directory.Directory;
import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;

/** Turns the keys typed in an activity form into directory organisations or networks; unknown keys are named. */
final class ResponsibleKeys {

    private final Directory directory;
    private final Activities activities;

    ResponsibleKeys(Directory directory, Activities activities) {
        this.directory = directory;
        this.activities = activities;
    }

    List<Activities.ResponsibleRef> resolve(ActivityForm form, Errors errors) {
        var refs = new ArrayList<Activities.ResponsibleRef>();
        var unknown = new ArrayList<String>();
        for (String key : form.responsibleKeys()) {
            if (key.startsWith("network:") && activities.networkExists(key.substring("network:".length()))) {
                refs.add(new Activities.ResponsibleRef(null, key.substring("network:".length())));
            } else {
                directory.organisation(key).ifPresentOrElse(o -> refs.add(new Activities.ResponsibleRef(o.id(), null)),
                        () -> unknown.add(key));
            }
        }
        if (!unknown.isEmpty()) {
            errors.rejectValue("responsible", "plans.validation.unknownOrganisations",
                    new Object[]{String.join(", ", unknown)}, null);
        }
        return refs;
    }
}
