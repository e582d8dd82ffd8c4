package io.scry.protocol.segment;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An active segment ({@code .seg.active}) that a writer found left behind and sealed: by a crash
 * (found when the writer opens the directory) or by a seal of its own that failed part way, such as
 * a rename on a full or failing disk (sealed again at the writer's next flush or close). Until it
 * is sealed, a shipper sees a segment that never ends and readers cannot tell it from one being
 * written, so the proxy logs every one.
 *
 * @param file the left-over active segment
 * @param sealedAs the sealed file it became; empty if it ended inside its header, held no events
 *     and was deleted
 * @param damage what stopped reading it before its end, if anything (a torn tail was cut off,
 *     corruption left in place for readers to report)
 */
public record RecoveredSegment(Path file, Optional<Path> sealedAs, Optional<SegmentDamage> damage) {

  public RecoveredSegment {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sealedAs, "sealedAs");
    Objects.requireNonNull(damage, "damage");
  }

  /** One line for the log. */
  @Override
  public String toString() {
    String found =
        damage
            .map(
                d ->
                    ": "
                        + d.kind()
                        + " at offset "
                        + d.offset()
                        + (d.kind() == SegmentDamage.Kind.TORN_TAIL
                            ? " cut off ("
                            : " left in place for readers to report (")
                        + d.message()
                        + ")")
            .orElse(", intact");
    return sealedAs
        .map(target -> "sealed left-over active segment " + file + " as " + target.getFileName())
        .orElse("removed left-over active segment " + file + ", which held no events")
        .concat(found);
  }
}
