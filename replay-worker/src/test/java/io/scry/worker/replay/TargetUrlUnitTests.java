package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.replay.ReplayMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetUrlUnitTests {

  @Test
  void parsesEveryPartAndDecodesCredentials() {
    TargetUrl url = TargetUrl.parse("postgres://app%40corp:p%3Ass+w@db.local:6543/shop%2Dshadow");

    assertEquals(new TargetUrl("db.local", 6543, "shop-shadow", "app@corp", "p:ss+w"), url);
  }

  @Test
  void defaultsThePortAndAcceptsThePostgresqlScheme() {
    TargetUrl url = TargetUrl.parse("postgresql://app@db/shop");

    assertEquals(5432, url.port());
    assertEquals("", url.password());
  }

  @Test
  void redactsThePassword() {
    TargetUrl url = TargetUrl.parse("postgres://app:secret@db:5432/shop");

    assertEquals("postgres://app@db:5432/shop", url.redacted());
    assertFalse(url.toString().contains("secret"));
  }

  @Test
  void rejectsMalformedUrlsWithoutEchoingThePassword() {
    for (String bad :
        new String[] {
          "mysql://app:secret@db/shop", "postgres://app:secret@db:5432/", "postgres://db/shop"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> TargetUrl.parse(bad));
      assertTrue(e.getMessage().startsWith("invalid target URL"), e.getMessage());
      assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
  }

  @Test
  void settingsRejectNonsense() {
    String url = "postgres://app:pw@db/shop";
    Duration timeout = Duration.ofSeconds(5);
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReplaySettings("j", 1, url, ReplayMode.TIMED, 0, 0, 0, 0, timeout));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReplaySettings("j", 1, url, ReplayMode.STRESS, 1, 0, 0, -1, timeout));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReplaySettings("j", 1, "db:5432", ReplayMode.STRESS, 1, 0, 0, 0, timeout));
  }

  @Test
  void dueTimeScalesTheCapturedOffsetBySpeed() {
    ReplaySettings settings =
        new ReplaySettings(
            "j", 1, "postgres://a@b/c", ReplayMode.TIMED, 2.0, 1_000, 50_000, 0, Duration.ZERO);

    assertEquals(50_000, settings.dueUnixNanos(1_000));
    assertEquals(50_500, settings.dueUnixNanos(2_000));
  }
}
