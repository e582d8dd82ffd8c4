package io.scry.coordinator.jobs;

/** Target URLs as reports and the API show them: without the password. */
public final class TargetUrls {

  private TargetUrls() {}

  /** {@code postgres://u:secret@h:5432/db} becomes {@code postgres://u:***@h:5432/db}. */
  public static String redact(String url) {
    int scheme = url.indexOf("://");
    int at = url.lastIndexOf('@');
    if (scheme < 0 || at < scheme) {
      return url;
    }
    int colon = url.indexOf(':', scheme + 3);
    if (colon < 0 || colon > at) {
      return url;
    }
    return url.substring(0, colon + 1) + "***" + url.substring(at);
  }
}
