package io.scry.coordinator.jobs;

import io.scry.protocol.v1.ReplayResult;

/** The merged result of one phase of a job: one round (1-based) against one target. */
public record PhaseResult(int round, int targetIndex, String target, ReplayResult result) {}
