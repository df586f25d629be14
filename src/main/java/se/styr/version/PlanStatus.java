package se.styr.version;

/** A draft may change; a decided version is a record and never changes again. */
public enum PlanStatus {
  DRAFT,
  DECIDED;

  public String fileName() {
    return name().toLowerCase();
  }
}
