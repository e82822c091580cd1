/**
 * Regions and the organisations (NGOs and government bodies) in them: reference data that
 * coordinators keep. Rules kept here: region codes are unique, region names exist in all three
 * languages, an organisation's name is unique within its region whatever its letter case, and an
 * organisation that people belong to cannot be deleted.
 */
package org.qadam.organisation;
