package io.scry.coordinator.compare;

/** A confidence interval of a ratio. */
public record Interval(double low, double high) {}
