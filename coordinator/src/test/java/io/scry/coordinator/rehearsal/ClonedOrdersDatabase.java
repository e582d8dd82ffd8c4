package io.scry.coordinator.rehearsal;

import io.scry.testsupport.PostgresExtension;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh clone of the {@link OrdersDatabase} template for every test, dropped after it, so that a
 * migration never sees another test's leftovers. It exists so that the test classes that rehearse
 * one migration per test do not each repeat the template, clone and drop steps.
 *
 * <pre>{@code
 * @RegisterExtension static final PostgresExtension PG = new PostgresExtension();
 * @RegisterExtension static final ClonedOrdersDatabase ORDERS = new ClonedOrdersDatabase(PG);
 * }</pre>
 *
 * <p>The template is built before the class's first test rather than in a {@code beforeAll}
 * callback: by then the server has started whatever order JUnit registers the two extensions in.
 */
public final class ClonedOrdersDatabase implements BeforeEachCallback, AfterEachCallback {

  private final PostgresExtension pg;
  private boolean templateCreated;
  private String name;

  public ClonedOrdersDatabase(PostgresExtension pg) {
    this.pg = pg;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    if (!templateCreated) {
      OrdersDatabase.createTemplate(pg);
      templateCreated = true;
    }
    name = OrdersDatabase.cloneTemplate(pg);
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    OrdersDatabase.drop(pg, name);
  }

  /** The current test's clone. */
  public String name() {
    return name;
  }
}
