package org.labourhub.platform.training;

import java.util.Map;

/**
 * One module's share of the fictional training data set that demo mode offers beside the real demo records: the
 * module writes, counts and removes its own fictional records, each marked as such in its own tables. Every module
 * that has some provides one bean; the administration loads them in {@link #order()} and removes them in the reverse
 * order, all in one transaction, so a module's records go after the records of others they refer to.
 */
public interface TrainingData {

    /** Lower loads first and is removed last (the directory before the projects that name its organisations). */
    int order();

    /**
     * How many fictional records of each kind the module holds, keyed by the message that names the kind (a key of
     * the module's own bundle taking the count, e.g. {@code projects.training.projects}), in the order to show them.
     */
    Map<String, Long> counts();

    /** Writes the module's fictional records in the caller's transaction; called only when it holds none. */
    void load();

    /** Deletes every fictional record of the module, and nothing else, in the caller's transaction. */
    void remove();
}
