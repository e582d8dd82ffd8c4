package io.scry.proxy.ship;

import io.scry.protocol.segment.SegmentFileName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One of the proxy's own segment files in its capture directory, as seen at one moment.
 *
 * @param name the protocol's segment name: the file name without {@code .seg}/{@code .seg.active}
 * @param file the file
 * @param sealed whether the writer has sealed it (it will not change again)
 * @param size its size when listed
 */
record LocalSegment(String name, Path file, boolean sealed, long size) {

  /**
   * The segments of {@code proxyId} in {@code dir}, oldest first. The sealed flag is read before
   * anything else about a file, so reading a file listed as sealed to its end gets all of it.
   */
  static List<LocalSegment> list(Path dir, String proxyId) throws IOException {
    // By sequence; a listing that raced with a rename may hold both names: keep the sealed one.
    TreeMap<Long, SegmentFileName> names = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(SegmentFileName::parse)
          .flatMap(Optional::stream)
          .filter(name -> name.proxyId().equals(proxyId))
          .forEach(name -> names.merge(name.sequence(), name, (a, b) -> a.active() ? b : a));
    } catch (NoSuchFileException noDirectoryYet) {
      return List.of();
    }
    List<LocalSegment> segments = new ArrayList<>();
    for (SegmentFileName name : names.values()) {
      Path file = dir.resolve(name.fileName());
      try {
        segments.add(new LocalSegment(nameOf(name), file, !name.active(), Files.size(file)));
      } catch (NoSuchFileException sealedMeanwhile) {
        Path sealed = dir.resolve(name.sealed().fileName());
        segments.add(new LocalSegment(nameOf(name), sealed, true, Files.size(sealed)));
      }
    }
    return segments;
  }

  private static String nameOf(SegmentFileName name) {
    String sealed = name.sealed().fileName();
    return sealed.substring(0, sealed.length() - SegmentFileName.SEALED_SUFFIX.length());
  }
}
