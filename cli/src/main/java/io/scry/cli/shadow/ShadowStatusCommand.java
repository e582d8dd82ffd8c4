package io.scry.cli.shadow;

import io.scry.coordinator.shadow.ShadowStatus;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster shadow status}: each table's state, the lag behind the source, and the slot's
 * health on the source, with warnings. Exit 0 whenever the shadow could be read, warnings or not.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Show each table's replication state, the lag behind the source in bytes and seconds, and"
            + " the WAL the shadow's slot keeps on the source.")
public final class ShadowStatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ShadowOptions options;

  @Override
  public Integer call() {
    ShadowStatus status = ShadowStatus.read(options.shadow(), options.name(), options.source());
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "shadow "
            + status.shadow().name()
            + " of "
            + status.shadow().sourceUrl()
            + ": subscription "
            + status.shadow().name().subscription()
            + (status.enabled() ? " enabled" : " disabled")
            + (status.applying() ? ", applying" : ", not applying"));
    out.println(
        "lag: "
            + (status.lagBytes() == null ? "unknown" : status.lagBytes() + " bytes")
            + ", "
            + (status.lagSeconds() == null
                ? "unknown"
                : String.format(Locale.ROOT, "%.1f s", status.lagSeconds())));
    if (status.slot() != null) {
      ShadowStatus.Slot slot = status.slot();
      out.println(
          "slot "
              + slot.name()
              + " on the source: "
              + (slot.active() ? "active" : "inactive")
              + ", WAL "
              + slot.walStatus()
              + ", "
              + mebibytes(slot.retainedBytes())
              + " retained, "
              + (slot.safeWalBytes() == null
                  ? "no limit (max_slot_wal_keep_size = -1)"
                  : mebibytes(slot.safeWalBytes()) + " until the slot is lost"));
    }
    out.println("tables:");
    for (ShadowStatus.TableState table : status.tables()) {
      out.println("  " + table.table() + "  " + table.state());
    }
    for (String warning : status.warnings()) {
      out.println("warning: " + warning);
    }
    return 0;
  }

  private static String mebibytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
