package io.scry.cli.node;

/**
 * What a coordinator's ports require of their clients.
 *
 * @param token bearer token of the job API; null only when {@code insecure}
 * @param ingestSecret secret of the ingest port; null when there is none or {@code insecure}
 * @param insecure the user asked to serve without token or secret where none was given
 */
record ServiceAccess(String token, String ingestSecret, boolean insecure) {}
