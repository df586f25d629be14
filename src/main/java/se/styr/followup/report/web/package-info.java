/**
 * Follow-up reports on the web: the REST API of occasions, entries, progress and report files, and
 * the Uppföljning tab of a plan.
 */
package se.styr.followup.report.web;
