/** What all web endpoints share: error responses, the caller's name, conventions of the JSON API. */
package se.styr.web;
