/** The frame of every page: the title bar, the side navigation and the editor's login state. */
package org.brtimeline.base.ui;
