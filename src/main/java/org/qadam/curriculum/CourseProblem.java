package org.qadam.curriculum;

import java.util.List;

/**
 * One thing wrong with a course's files: where (the file, relative to the course folder, and the line,
 * 1-based, or 0 when the problem is with a whole file) and what (a message key of the
 * {@code messages} bundle, {@code course.*}, with its arguments).
 */
public record CourseProblem(String file, int line, String key, List<Object> arguments) {

    public CourseProblem {
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + key + " " + arguments;
    }
}
