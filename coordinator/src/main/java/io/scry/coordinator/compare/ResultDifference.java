package io.scry.coordinator.compare;

/**
 * The results of a pattern differ between baseline and candidate (row count or order-insensitive
 * digest), with one sampled statement that shows it when the digest samples pair one up.
 *
 * @param sampleKey "proxy/session/sequence" of a differing sampled statement, or empty
 */
public record ResultDifference(
    long baselineRows,
    long candidateRows,
    boolean digestDiffers,
    String sampleKey,
    long sampleBaselineRows,
    long sampleCandidateRows,
    String sampleSql) {}
