package se.styr.forecast;

/** One age band's recipients of one service: a row of the forecast table. */
public record BandService(String band, String service) {
  public BandService {
    Keys.require(band, "forecast.what.band");
    Keys.require(service, "forecast.what.service");
  }
}
