package io.scry.coordinator.rehearsal;

/** The lock monitor could not start: the clone was unreachable or refused the monitor's session. */
public final class LockMonitorException extends RuntimeException {
  LockMonitorException(String message, Throwable cause) {
    super(message, cause);
  }
}
