package io.scry.cli.proxy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes and durations written the way postgresql.conf writes them: {@code 256MB}, {@code 60s}. */
final class Units {

  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d+)\\s*([A-Za-z]*)");

  private Units() {}

  /** Bytes: a plain number, or with {@code kB}, {@code MB}, {@code GB} (powers of 1024). */
  static final class Size implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      NumberAndUnit size = NumberAndUnit.parse(value, "a size", "256MB");
      long multiplier =
          switch (size.unit()) {
            case "", "b" -> 1;
            case "kb", "kib" -> 1L << 10;
            case "mb", "mib" -> 1L << 20;
            case "gb", "gib" -> 1L << 30;
            default -> throw new TypeConversionException("unknown size unit in '" + value + "'");
          };
      long bytes = size.number() * multiplier;
      if (bytes > Integer.MAX_VALUE) {
        throw new TypeConversionException("size too large: '" + value + "' (at most 2GB - 1)");
      }
      return (int) bytes;
    }
  }

  /** A duration: seconds, or with {@code ms}, {@code s}, {@code min}, {@code h}. */
  static final class Time implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      NumberAndUnit time = NumberAndUnit.parse(value, "a duration", "60s");
      long amount = time.number();
      return switch (time.unit()) {
        case "ms" -> Duration.ofMillis(amount);
        case "", "s" -> Duration.ofSeconds(amount);
        case "min" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> throw new TypeConversionException("unknown time unit in '" + value + "'");
      };
    }
  }

  /**
   * A value split into its digits and its unit (lower case, empty when none), the grammar both
   * converters share; each converter gives the unit its meaning.
   */
  private record NumberAndUnit(String digits, String unit) {

    /**
     * @param what what the value should be, for the error: {@code a size}
     * @param example a valid value, for the error: {@code 256MB}
     */
    static NumberAndUnit parse(String value, String what, String example) {
      Matcher m = NUMBER_AND_UNIT.matcher(value.trim());
      if (!m.matches()) {
        throw new TypeConversionException(
            "not " + what + ": '" + value + "' (e.g. " + example + ")");
      }
      return new NumberAndUnit(m.group(1), m.group(2).toLowerCase(Locale.ROOT));
    }

    /** The number; parsed only now so that an unknown unit is reported before an overflow. */
    long number() {
      return Long.parseLong(digits);
    }
  }
}
