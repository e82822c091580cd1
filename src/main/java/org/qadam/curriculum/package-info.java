/**
 * The curriculum as files: courses authored in {@code courses/} (docs/course-format.md), read and
 * validated here before anything is written. Rules kept here: every text in English, Russian and Uzbek;
 * no unknown keys; ids unique; every file named exists; a rubric's top levels add up to the
 * assignment's points; the pass mark within them; the cut-off not before the due date. All problems of
 * a course are reported at once, each with its file and line.
 */
package org.qadam.curriculum;
