package org.qadam.identity;

/**
 * What a person may do in Qadam. A person can hold several roles. The names are also the container's
 * security groups and roles (Payara maps groups to roles of the same name).
 */
public enum Role {
    /** Follows modules, submits stage work, downloads certificates. */
    LEARNER,
    /** Runs cohorts: releases modules, grades, records attendance. */
    TRAINER,
    /** Manages regions, organisations, people and cohorts; issues certificates. */
    COORDINATOR,
    /** Operates the installation: accounts, roles, settings. */
    ADMIN
}
