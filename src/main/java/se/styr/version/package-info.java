/**
 * Versions of a plan: which plans and versions there are ({@link se.styr.version.Versions}), each
 * version's header, period, status and decisions, deciding a draft, who may see and change which
 * version ({@link se.styr.version.PlanAccess}), and the vocabulary in which two versions are
 * compared ({@link se.styr.version.Changes}). What a version holds is each feature's.
 */
package se.styr.version;
