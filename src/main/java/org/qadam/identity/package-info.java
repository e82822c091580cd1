/**
 * Accounts, roles and signing in. Rules kept here: an email identifies one account whatever its letter
 * case; passwords are at least twelve characters and stored only as PBKDF2 hashes; a deactivated
 * account cannot sign in; repeated failed sign-ins for one account or one address are slowed down;
 * only administrators manage accounts and grant roles.
 */
package org.qadam.identity;
