/**
 * Who may write: editor and admin accounts stored with bcrypt hashes, the login with throttling
 * of repeated failures, and the rules that keep readers anonymous and read-only.
 */
package org.brtimeline.security;
