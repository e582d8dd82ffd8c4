package io.scry.coordinator.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.plan.SourceDatabase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductionGuardUnitTests {

  private static final Set<SourceDatabase> SHOP =
      Set.of(new SourceDatabase("localhost:5432", "shop"));

  @Test
  void theCapturedDatabaseIsRefusedUnderAnyNameOfItsHost() {
    for (String target :
        List.of(
            "postgres://app:s3cret@localhost:5432/shop",
            "postgres://app@127.0.0.1:5432/shop",
            "postgresql://app@LOCALHOST/shop")) {
      Optional<String> refusal = ProductionGuard.refusal(SHOP, List.of(target));
      assertTrue(refusal.isPresent(), target);
      assertTrue(refusal.get().contains("localhost:5432/shop"), refusal.get());
      assertFalse(refusal.get().contains("s3cret"), refusal.get());
    }
  }

  @Test
  void anotherDatabasePortOrHostIsNoProductionTarget() {
    assertEquals(
        Optional.empty(),
        ProductionGuard.refusal(
            SHOP,
            List.of(
                "postgres://app@localhost:5432/shadow",
                "postgres://app@localhost:5433/shop",
                "postgres://app@192.0.2.1:5432/shop",
                "postgres://app:pa ss@localhost:5432/shop")));
    assertEquals(
        Optional.empty(),
        ProductionGuard.refusal(Set.of(), List.of("postgres://app@localhost:5432/shop")));
  }
}
