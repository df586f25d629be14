package se.styr.followup.report.web;

import java.util.Collection;
import java.util.List;
import se.styr.followup.EconomyLine;
import se.styr.followup.OccasionEconomy;
import se.styr.shared.SwedishNumbers;
import se.styr.shared.Text;

/**
 * Beside an area's entry form: what its line and the committee's total come to with the figures as
 * typed, at the plan's precision: the deviation in the unit and in percent, the linear projection
 * (riktpunkt) and the one by last year's profile, the total deviation, whether the deviation needs
 * a comment and whether the forecast is far from both projections; and which typed field is not a
 * number.
 */
record EntryPreview(
    String unit,
    String deviation,
    String deviationPercent,
    boolean deficit,
    String linearProjection,
    String profileProjection,
    String totalDeviation,
    boolean commentRequired,
    boolean forecastFar,
    List<Text> errors) {

  static EntryPreview of(
      OccasionEconomy economy, String area, String unit, Collection<Text> errors) {
    int decimals = economy.precision();
    EconomyLine line =
        economy.lines().stream().filter(l -> l.area().equals(area)).findFirst().orElseThrow();
    return new EntryPreview(
        unit == null ? "" : unit,
        OccasionView.figure(line.deviation(), decimals),
        line.deviationPercent() == null ? "" : SwedishNumbers.format(line.deviationPercent()),
        line.deviation() != null && line.deviation().signum() < 0,
        OccasionView.figure(line.linearProjection(), decimals),
        OccasionView.figure(line.profileProjection(), decimals),
        OccasionView.figure(economy.total().deviation(), decimals),
        line.commentRequired(),
        line.forecastFar(),
        List.copyOf(errors));
  }
}
