/**
 * A country's definitions of child labour: named, saved sets of the statistical thresholds (ages of the three bands,
 * hours of economic activity, the variant that counts household chores), the ILO's values by default, each shown in
 * words in the reader's language ({@link org.labourhub.riskmaps.definitions.DefinitionInWords}) so that whoever starts
 * a run reads what it will count. Uses the module's core only.
 */
package org.labourhub.riskmaps.definitions;
