/**
 * Demo data for trying Qadam on one machine: loaded at start-up only when {@code qadam.demo-data} is
 * true and the database has no accounts yet, so a second start adds nothing.
 */
package org.qadam.demo;
