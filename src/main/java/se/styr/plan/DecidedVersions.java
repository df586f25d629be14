package se.styr.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently read decided versions, kept whole: a decided version never changes, so a copy
 * is never stale, and the public's plan pages need not read dozens of rows per request.
 */
final class DecidedVersions {
  private final Map<Long, PlanDocument> documents;

  DecidedVersions(int capacity) {
    documents =
        new LinkedHashMap<>(capacity, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Long, PlanDocument> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized PlanDocument get(long versionId) {
    return documents.get(versionId);
  }

  synchronized void put(long versionId, PlanDocument document) {
    documents.put(versionId, document);
  }
}
