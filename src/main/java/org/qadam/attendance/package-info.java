/**
 * Face-to-face sessions of a cohort (trainings, round tables, mentoring visits) and attendance: present,
 * late, excused or absent with a note, recorded by the cohort's trainers or a coordinator from a list on
 * the screen or a CSV of the paper sheet. Recording fires {@link org.qadam.attendance.AttendanceRecorded}
 * so that completion is checked again in the same transaction.
 */
package org.qadam.attendance;
