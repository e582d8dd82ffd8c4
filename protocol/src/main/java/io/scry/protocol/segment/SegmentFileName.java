package io.scry.protocol.segment;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of a segment file: {@code <proxyId>-<20-digit sequence>.seg}, with {@code .active}
 * appended while a writer still appends to it. Sorting names of one proxy sorts by sequence.
 *
 * @param proxyId the writing proxy; letters, digits, '.', '_' and '-' only
 * @param sequence position of the segment in the proxy's capture, from 1
 * @param active whether the segment is still being written (not sealed)
 */
public record SegmentFileName(String proxyId, long sequence, boolean active) {

  /** Suffix of a sealed segment. */
  public static final String SEALED_SUFFIX = ".seg";

  /** Suffix of the segment a writer is appending to. */
  public static final String ACTIVE_SUFFIX = ".seg.active";

  private static final Pattern PROXY_ID = Pattern.compile("[A-Za-z0-9._-]{1,128}");
  private static final int SEQUENCE_DIGITS = 20;

  public SegmentFileName {
    checkProxyId(proxyId);
    if (sequence < 0) {
      throw new IllegalArgumentException("negative segment sequence " + sequence);
    }
  }

  /** Parses a file name (not a path); empty if it is not a segment name. */
  public static Optional<SegmentFileName> parse(String fileName) {
    boolean active = fileName.endsWith(ACTIVE_SUFFIX);
    if (!active && !fileName.endsWith(SEALED_SUFFIX)) {
      return Optional.empty();
    }
    String stem =
        fileName.substring(
            0, fileName.length() - (active ? ACTIVE_SUFFIX : SEALED_SUFFIX).length());
    int dash = stem.lastIndexOf('-');
    String digits = stem.substring(dash + 1);
    if (dash <= 0
        || digits.length() != SEQUENCE_DIGITS
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    String proxyId = stem.substring(0, dash);
    if (!PROXY_ID.matcher(proxyId).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SegmentFileName(proxyId, Long.parseLong(digits), active));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  /** Parses the last element of {@code file}. */
  public static Optional<SegmentFileName> parse(Path file) {
    Path name = file.getFileName();
    return name == null ? Optional.empty() : parse(name.toString());
  }

  /** The file name, e.g. {@code proxy-1-00000000000000000007.seg.active}. */
  public String fileName() {
    return String.format(
        "%s-%0" + SEQUENCE_DIGITS + "d%s",
        proxyId,
        sequence,
        active ? ACTIVE_SUFFIX : SEALED_SUFFIX);
  }

  /** The name this segment gets when it is sealed. */
  public SegmentFileName sealed() {
    return new SegmentFileName(proxyId, sequence, false);
  }

  @Override
  public String toString() {
    return fileName();
  }

  static void checkProxyId(String proxyId) {
    if (proxyId == null || !PROXY_ID.matcher(proxyId).matches()) {
      throw new IllegalArgumentException(
          "proxy id must be 1-128 characters of letters, digits, '.', '_' or '-': " + proxyId);
    }
  }
}
