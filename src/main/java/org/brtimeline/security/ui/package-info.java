/** The login page and the admins' page for editor accounts. */
package org.brtimeline.security.ui;
