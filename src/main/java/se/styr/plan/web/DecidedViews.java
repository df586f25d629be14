package se.styr.plan.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.styr.plan.PlanStore;
import se.styr.version.PlanAccess;

/**
 * What pages compute from a plan version (e.g. a year's goal tree), kept once the version is
 * decided: a decided version never changes (the database refuses any write to it), so what is
 * computed from it stays true. The document itself is kept by {@link PlanStore#load}. Drafts are
 * computed each time. Access is still checked on every request, before this is asked. Bounded
 * crudely: when full, everything is dropped and computed again as asked for. Kept per revision of
 * the national data (relative targets are assessed against it).
 */
@Component
public class DecidedViews {
  static final int MOST = 256;
  private final Map<String, Object> computed = new ConcurrentHashMap<>();
  private final java.util.function.LongSupplier revision;

  @org.springframework.beans.factory.annotation.Autowired
  public DecidedViews(PlanStore plans) {
    this(plans::nationalRevision);
  }

  DecidedViews(java.util.function.LongSupplier revision) {
    this.revision = revision;
  }

  /**
   * What {@code compute} makes of the version, named {@code what} (e.g. "goals@2025"); kept if the
   * version is decided. The value must not change once made.
   */
  @SuppressWarnings("unchecked")
  public <T> T computed(PlanAccess.VisibleVersion version, String what, Supplier<T> compute) {
    if (!version.decided()) {
      return compute.get();
    }
    String key = version.versionId() + "/" + what + "/" + revision.getAsLong();
    Object value = computed.get(key);
    if (value == null) {
      value = compute.get();
      if (computed.size() >= MOST) {
        computed.clear();
      }
      computed.put(key, value);
    }
    return (T) value;
  }
}
