/**
 * Statistics Sweden (SCB), its Statistical Database through the PX-Web API v2
 * (docs/research/scb-pxweb-v2.md): json-stat2 answers read exactly into a cube ({@link
 * se.styr.imports.scb.JsonStat2}, {@link se.styr.imports.scb.ScbCube}: a value never read as a
 * double, a missing value never as zero), table metadata, the API's configuration and table
 * listings ({@link se.styr.imports.scb.ScbAnswers}), selections split within the API's cell limit
 * and merged back ({@link se.styr.imports.scb.ScbRequests}), the client that keeps the API's call
 * rate ({@link se.styr.imports.scb.ScbClient}), and the population per region, sex, single-year age
 * and year that the demographic forecast needs ({@link se.styr.imports.scb.Population}). Plain Java
 * (issue 17).
 */
package se.styr.imports.scb;
