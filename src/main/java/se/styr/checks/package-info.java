/**
 * The checker: recomputes every total, subtotal, difference, derived row and column, frame and
 * adjustment chain and distribution of a plan, and compares each with the figure the plan states.
 * Differences that rounding of the summed figures can explain are ROUNDING, others MISMATCH; a
 * table whose stated unit contradicts the size of its figures is UNIT.
 */
package se.styr.checks;
