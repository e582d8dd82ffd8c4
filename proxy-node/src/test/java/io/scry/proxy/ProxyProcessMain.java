package io.scry.proxy;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a proxy in its own JVM for the process tests: {@code UPSTREAM_HOST UPSTREAM_PORT DIR}.
 * Prints {@code LISTENING <port>} once clients can connect; SIGTERM closes it cleanly.
 */
public final class ProxyProcessMain {

  private ProxyProcessMain() {}

  public static void main(String[] args) throws Exception {
    ProxyServer proxy =
        ProxyServer.start(
            ProxyConfig.builder()
                .upstream(args[0], Integer.parseInt(args[1]))
                .captureDir(Path.of(args[2]))
                .build());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    proxy.close();
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                  stopped.countDown();
                }));
    System.out.println("LISTENING " + proxy.localAddress().getPort());
    System.out.flush();
    stopped.await();
  }
}
