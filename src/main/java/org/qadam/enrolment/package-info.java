/**
 * People in cohorts. An enrolment is requested, active, completed, withdrawn (with a reason and a date;
 * history kept) or declined (with a reason). Active and completed learners take the cohort's places;
 * {@link org.qadam.enrolment.Admissions} counts them with the cohort's row locked. Learners of one
 * organisation form its NGO team unless a coordinator moves them. Bulk enrolment reads a CSV file: a
 * preview that writes nothing, then one transaction for every valid row, with one-time links for the
 * new accounts (mailed after commit where mail is configured).
 */
package org.qadam.enrolment;
