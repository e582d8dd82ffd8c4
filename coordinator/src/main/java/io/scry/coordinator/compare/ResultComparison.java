package io.scry.coordinator.compare;

/**
 * How a pattern's results compare.
 *
 * @param difference null when results agree (or cannot be compared)
 * @param nondeterministic the baseline's own results varied (between rounds or against the A/A
 *     clone), so result differences of this pattern are not held against the migration
 */
public record ResultComparison(ResultDifference difference, boolean nondeterministic) {}
