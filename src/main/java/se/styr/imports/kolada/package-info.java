/**
 * Kolada, the Swedish municipalities' and regions' key figures (API v3,
 * docs/research/kolada-v3-api.md): its answers read exactly ({@link
 * se.styr.imports.kolada.KoladaAnswers}: KPIs, municipalities, data rows, a value never read as a
 * double and a missing value never as zero) and its requests built within the API's limits ({@link
 * se.styr.imports.kolada.KoladaRequests}). Plain Java; the HTTP client and the linking of
 * indicators build on it (issue 17).
 */
package se.styr.imports.kolada;
