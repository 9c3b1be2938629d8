/** The admins' backup page: download a backup, with or without password hashes, and restore one. */
package org.brtimeline.backup.ui;
