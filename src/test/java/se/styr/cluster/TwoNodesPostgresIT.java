package se.styr.cluster;

import java.util.HashMap;
import java.util.Map;
import se.styr.it.OnPostgres;
import se.styr.it.PostgresDatabase;

/** Two nodes on one PostgreSQL database; skipped, saying so, where none is reachable. */
@OnPostgres
class TwoNodesPostgresIT extends TwoNodesContract {
  /** One schema for the class (the extension drops it after the class). */
  private static Map<String, Object> database;

  @Override
  Map<String, Object> database() {
    synchronized (TwoNodesPostgresIT.class) {
      if (database == null) {
        Map<String, Object> properties = new HashMap<>();
        PostgresDatabase.register((name, value) -> properties.put(name, value.get()));
        database = properties;
      }
      return database;
    }
  }
}
