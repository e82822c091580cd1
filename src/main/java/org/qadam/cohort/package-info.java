/**
 * Cohorts: runs of a course (a "cycle"). Rules kept here so far: a cohort has a name and dates that end
 * no earlier than they start; it follows the course version it was created on, and only moves when a
 * coordinator moves it, and then only to a newer version. Enrolment, teams, sessions and attendance
 * follow (issue 4).
 */
package org.qadam.cohort;
