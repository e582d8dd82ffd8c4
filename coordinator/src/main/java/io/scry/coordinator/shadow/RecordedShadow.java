package io.scry.coordinator.shadow;

import io.scry.coordinator.config.ConfigException;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import java.util.Optional;

/**
 * A shadow found by its metadata, and the endpoint of its source: the {@code --source} URL when
 * given, else the URL {@code shadow init} recorded (without a password: PGPASSWORD or the password
 * file supply it, as for psql).
 */
record RecordedShadow(ShadowRecord record, Endpoint source) {
  private static final String RECORDED = "the source URL shadow init recorded";

  static RecordedShadow find(
      BlockingSql shadow, Endpoint endpoint, Optional<ShadowName> name, Optional<Endpoint> source) {
    ShadowRecord record = ShadowMetadata.find(shadow, endpoint, name);
    if (source.isPresent()) {
      return new RecordedShadow(record, source.get());
    }
    try {
      return new RecordedShadow(
          record, Endpoint.source(DatabaseUrl.parse(record.sourceUrl()), RECORDED));
    } catch (ConfigException e) {
      throw new ShadowException(
          "the recorded source URL of shadow " + record.name() + " is invalid: " + e.getMessage(),
          "pass the source with --source");
    }
  }

  ShadowName name() {
    return record.name();
  }
}
