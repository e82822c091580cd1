/**
 * Cohorts: runs of a course (a "cycle"). A cohort has a name, dates that end no earlier than they start,
 * one or more regions, its trainers, an optional capacity and a release schedule with one entry per
 * module (on a date within the cohort's dates, or on completion of the previous module). It follows the
 * course version it was created on until a coordinator moves it. {@link org.qadam.cohort.CohortAccess}
 * decides, for every id a request names, who may see the cohort: coordinators and administrators all,
 * trainers those they run, learners those they are enrolled in.
 */
package org.qadam.cohort;
