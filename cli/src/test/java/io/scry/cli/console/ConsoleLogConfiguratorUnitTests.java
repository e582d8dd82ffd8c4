package io.scry.cli.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ConsoleLogConfiguratorUnitTests {

  @Test
  void logbackFindsItAsTheCommandsConfiguration() {
    assertTrue(
        ServiceLoader.load(Configurator.class).stream()
            .anyMatch(provider -> provider.type() == ConsoleLogConfigurator.class));
  }

  @Test
  void infoGoesToStandardErrorAndTheChattyLibrariesOnlyWarn() {
    LoggerContext context = new LoggerContext();
    ConsoleLogConfigurator configurator = new ConsoleLogConfigurator();
    configurator.setContext(context);

    assertEquals(
        Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, configurator.configure(context));

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertEquals(Level.INFO, root.getLevel());
    ConsoleAppender<?> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
    assertEquals("System.err", stderr.getTarget());
    assertTrue(stderr.isStarted());
    for (String library : new String[] {"io.netty", "reactor", "io.r2dbc", "io.zonky"}) {
      assertEquals(Level.WARN, context.getLogger(library).getEffectiveLevel(), library);
    }
    assertEquals(Level.INFO, context.getLogger("io.scry.cli.ci").getEffectiveLevel());
  }
}
