/**
 * The accessibility statement (tillgänglighetsredogörelse, DIGG's structure) and its report form,
 * with the reports' list for administrators.
 */
package se.styr.accessibility;
