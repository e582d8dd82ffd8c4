package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the shadow database must allow before {@code shadow init}: a role that may create
 * subscriptions, no shadow of that name yet, and none of the tables to copy already there (the
 * schema copy fills an empty database).
 */
final class ShadowPrerequisites {
  private ShadowPrerequisites() {}

  static void check(
      BlockingSql shadow, Endpoint endpoint, ShadowName name, List<SourceTable> tables) {
    String user = endpoint.url().user();
    String allowed =
        shadow.queryValue(
            "SELECT (rolsuper OR pg_has_role(current_user, 'pg_create_subscription', 'MEMBER'))"
                + "::text FROM pg_roles WHERE rolname = current_user");
    if (!"true".equals(allowed)) {
      throw new ShadowException(
          "user " + user + " may not create subscriptions on " + endpoint.described(),
          "run GRANT pg_create_subscription TO "
              + BlockingSql.identifier(user)
              + "; and GRANT CREATE ON DATABASE "
              + BlockingSql.identifier(endpoint.url().database())
              + " TO "
              + BlockingSql.identifier(user)
              + "; on the shadow, or use a superuser");
    }
    ReplicationWorkers.requireFree(shadow, endpoint, 2);
    if (shadow.queryValue(
            "SELECT 1 FROM pg_subscription WHERE subname = "
                + BlockingSql.literal(name.subscription()))
        != null) {
      throw new ShadowException(
          "a shadow named "
              + name
              + " exists already on "
              + endpoint.described()
              + " (subscription "
              + name.subscription()
              + ")",
          "use it (shadow status), start it over (shadow reset), or choose another --name");
    }
    String present =
        tables.stream()
            .filter(
                t ->
                    shadow.queryValue(
                            "SELECT to_regclass(" + BlockingSql.literal(t.qualified()) + ")::text")
                        != null)
            .map(SourceTable::qualified)
            .collect(Collectors.joining(", "));
    if (!present.isEmpty()) {
      throw new ShadowException(
          "the shadow database "
              + endpoint.url().database()
              + " on "
              + endpoint.described()
              + " already has the tables "
              + present
              + ", and shadow init copies the schema into an empty database",
          "give --shadow a new, empty database (CREATE DATABASE …), or drop those tables there");
    }
  }
}
