/**
 * The demographic needs forecast: coverage rates of care services per age band from outcome years,
 * projected recipients from a population forecast, the nursing home places they need against the
 * places there are, their cost, scenarios beside the base ({@link se.styr.forecast.Projection},
 * {@link se.styr.forecast.PlacesForecast}, {@link se.styr.forecast.Scenarios}); a fast engine over
 * single-year ages for every municipality at once ({@link se.styr.forecast.SingleAgeProjection});
 * and the review of a forecast a plan states against Styr's recomputation of it ({@link
 * se.styr.forecast.StatedForecastReview}). Plain Java: counts are longs, rates exact fractions, one
 * rounding at the end.
 */
package se.styr.forecast;
