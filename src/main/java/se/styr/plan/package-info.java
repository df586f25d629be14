/**
 * The plan as a whole: a {@link se.styr.plan.PlanDocument} is one version of a committee's plan for
 * a budget year, composed of what each feature owns (areas, text sections and tables in document
 * order, text figures, the goal chain, savings measures, follow-up). Here are the plan file's
 * envelope, which delegates each section to its feature ({@link se.styr.plan.PlanFileReader},
 * {@link se.styr.plan.PlanFileWriter}), the rules of the whole plan ({@link
 * se.styr.plan.PlanRules}), storing, loading and revising whole versions ({@link
 * se.styr.plan.PlanStore}), the demo plans, and the comparison of two versions put together from
 * each feature's own.
 */
package se.styr.plan;
