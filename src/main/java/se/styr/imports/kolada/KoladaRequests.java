package se.styr.imports.kolada;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.styr.shared.InvalidValueException;
import se.styr.shared.Text;

/**
 * The requests that fetch Kolada data within the API's limits: at most {@value #MOST_IDS} ids of
 * each kind (KPIs, municipalities or units, years) in one request, so a larger fetch is split into
 * the product of batches; pages of at most {@value #PAGE} rows, followed by {@code next_url}; an
 * incremental fetch names the date from which changes are wanted. Addresses are paths under the
 * API's base (e.g. {@code https://api.kolada.se/v3}).
 */
public final class KoladaRequests {
  /** The most ids of one kind in a request. */
  public static final int MOST_IDS = 25;

  /** The most rows in a page. */
  public static final int PAGE = 5000;

  private KoladaRequests() {}

  /**
   * The paths that fetch {@code kpis} for {@code units} (municipalities, or organisational units
   * when {@code ou}) in {@code years}, changed since {@code from} (null: all).
   */
  public static List<String> data(
      List<String> kpis, List<String> units, List<Integer> years, boolean ou, LocalDate from) {
    if (kpis.isEmpty() || (units.isEmpty() && years.isEmpty())) {
      throw new InvalidValueException(Text.of("kolada.twoOfThree"));
    }
    kpis.forEach(KoladaRequests::id);
    units.forEach(KoladaRequests::id);
    List<String> paths = new ArrayList<>();
    for (List<String> k : batches(kpis)) {
      for (List<String> u : units.isEmpty() ? List.<List<String>>of(List.of()) : batches(units)) {
        for (List<Integer> y :
            years.isEmpty() ? List.<List<Integer>>of(List.of()) : batches(years)) {
          StringBuilder path = new StringBuilder(ou ? "/oudata" : "/data");
          path.append("/kpi/").append(String.join(",", k));
          if (!u.isEmpty()) {
            path.append(ou ? "/ou/" : "/municipality/").append(String.join(",", u));
          }
          if (!y.isEmpty()) {
            path.append("/year/")
                .append(String.join(",", y.stream().map(String::valueOf).toList()));
          }
          path.append("?per_page=").append(PAGE);
          if (from != null) {
            path.append("&from_date=").append(from);
          }
          paths.add(path.toString());
        }
      }
    }
    return paths;
  }

  /** The path that lists a municipality's organisational units. */
  public static String units(String municipality) {
    id(municipality);
    return "/ou?municipality=" + municipality + "&per_page=" + PAGE;
  }

  /** The path that searches the KPI catalogue by title. */
  public static String searchKpis(String title) {
    return "/kpi?title="
        + URLEncoder.encode(title == null ? "" : title.strip(), StandardCharsets.UTF_8)
        + "&per_page="
        + PAGE;
  }

  private static <T> List<List<T>> batches(List<T> items) {
    List<List<T>> batches = new ArrayList<>();
    for (int i = 0; i < items.size(); i += MOST_IDS) {
      batches.add(List.copyOf(items.subList(i, Math.min(items.size(), i + MOST_IDS))));
    }
    return batches;
  }

  /** An id that goes into a path as it is: letters, digits and - only. */
  private static void id(String id) {
    if (id == null || !id.matches("[A-Za-z0-9-]{1,40}")) {
      throw new InvalidValueException(Text.of("kolada.badId", String.valueOf(id)));
    }
  }
}
