package io.scry.protocol.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.ReplayResult;
import io.scry.protocol.v1.ResultChunk;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultChunksUnitTests {

  @Test
  void aResultOfManyPatternsAndOneHugeStatementComesBackWhole() {
    ReplayResult.Builder builder = ReplayResult.newBuilder().setJobId("job").setStatements(5_001);
    for (int i = 0; i < 5_000; i++) {
      builder.addPatterns(
          PatternResult.newBuilder()
              .setFingerprint(i)
              .setNormalizedSql("select $? as p" + i)
              .setSampleSql("SELECT 1 AS p" + i)
              .setCount(i));
    }
    // One pattern alone larger than a cluster message may be: chunks cut through it.
    builder.addPatterns(
        PatternResult.newBuilder().setFingerprint(-1).setSampleSql("x".repeat(1 << 20)));
    ReplayResult result = builder.build();

    List<ResultChunk> chunks = ResultChunks.split(result);

    assertEquals(result.getSerializedSize() / ResultChunks.CHUNK_BYTES + 1, chunks.size());
    for (ResultChunk chunk : chunks) {
      assertTrue(chunk.getSerializedSize() <= ResultChunks.CHUNK_BYTES + 8, "chunk size");
    }
    assertEquals(result, ResultChunks.join(concat(chunks), result.getSerializedSize()));
  }

  @Test
  void anEmptyResultHasNoChunks() {
    ReplayResult empty = ReplayResult.getDefaultInstance();

    assertEquals(List.of(), ResultChunks.split(empty));
    assertEquals(empty, ResultChunks.join(ByteString.EMPTY, 0));
  }

  @Test
  void aStreamThatEndedEarlyIsRefused() {
    ReplayResult result =
        ReplayResult.newBuilder()
            .addPatterns(PatternResult.newBuilder().setSampleSql("y".repeat(200_000)))
            .setStatements(7)
            .build();
    List<ResultChunk> chunks = ResultChunks.split(result);

    ByteString truncated = concat(chunks.subList(0, chunks.size() - 1));

    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> ResultChunks.join(truncated, result.getSerializedSize()));
    assertTrue(refused.getMessage().contains("bytes of a"), refused.getMessage());
    // Field 1 announces 5 bytes that never come.
    ByteString notAResult = ByteString.copyFrom(new byte[] {0x0A, 0x05});
    assertThrows(IllegalArgumentException.class, () -> ResultChunks.join(notAResult, 2));
  }

  private static ByteString concat(List<ResultChunk> chunks) {
    return chunks.stream().map(ResultChunk::getData).reduce(ByteString.EMPTY, ByteString::concat);
  }
}
