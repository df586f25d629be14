package se.styr.plan.pages;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.styr.plan.PlanAccess;
import se.styr.plan.PlanDocument;
import se.styr.plan.PlanStore;

/**
 * Plan versions as pages read them, kept in memory once decided: a decided version never changes
 * (the database refuses any write to it), so what is read or computed from it stays true. Drafts are
 * read from the store each time. Access is still checked on every request, before this is asked.
 * Bounded crudely: when full, everything is dropped and read again as asked for.
 */
@Component
class DecidedVersions {
  static final int MOST = 256;
  private final PlanStore plans;
  private final Map<Long, PlanDocument> documents = new ConcurrentHashMap<>();
  private final Map<String, Object> computed = new ConcurrentHashMap<>();

  DecidedVersions(PlanStore plans) {
    this.plans = plans;
  }

  /** The version's plan document. */
  PlanDocument load(PlanAccess.VisibleVersion version) {
    if (!version.decided()) {
      return plans.load(version.versionId());
    }
    PlanDocument plan = documents.get(version.versionId());
    if (plan == null) {
      plan = plans.load(version.versionId());
      if (documents.size() >= MOST) {
        documents.clear();
      }
      documents.put(version.versionId(), plan);
    }
    return plan;
  }

  /**
   * What {@code compute} makes of the version, named {@code what} (e.g. "goals@2025"); kept if the
   * version is decided. The value must not change once made.
   */
  @SuppressWarnings("unchecked")
  <T> T computed(PlanAccess.VisibleVersion version, String what, Supplier<T> compute) {
    if (!version.decided()) {
      return compute.get();
    }
    String key = version.versionId() + "/" + what;
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
