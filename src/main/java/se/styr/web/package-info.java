/**
 * What all web endpoints share: the status of each error code ({@link se.styr.web.ErrorStatus}),
 * the API's problem answers, the error page, the caller on every page, languages, If-Match lock
 * versions.
 */
package se.styr.web;
