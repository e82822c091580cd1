/**
 * The thin kernel every feature needs: languages and translated text, the typed business exceptions
 * that carry a message key instead of a sentence, the clock, the data source and schema migration,
 * role checks on services, and the cross-cutting web pieces (security headers, error handling, the
 * active user's locale). Nothing feature-specific lives here.
 */
package org.qadam.shared;
