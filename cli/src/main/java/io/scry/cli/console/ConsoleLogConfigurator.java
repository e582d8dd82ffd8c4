package io.scry.cli.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The {@code scry-cluster} command's logging: INFO to standard error, so that standard output stays
 * for results, the chattiest libraries at WARN. Set in code rather than in a {@code logback.xml}
 * because parsing that file loads an XML parser and several hundred classes, about half a second of
 * CPU at every start of a command (and a CI job starts several). A {@code
 * -Dlogback.configurationFile} given by the user still wins. Registered in {@code
 * META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 */
public final class ConsoleLogConfigurator extends ContextAwareBase implements Configurator {
  private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

  /** Libraries whose INFO lines only matter when debugging them. */
  private static final Map<String, Level> LIBRARY_LEVELS =
      Map.of(
          "io.netty", Level.WARN,
          "reactor", Level.WARN,
          "io.r2dbc", Level.WARN,
          "io.zonky", Level.WARN);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(stderr);
    LIBRARY_LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
