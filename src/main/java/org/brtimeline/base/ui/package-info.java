/** The frame of every page: the title bar, the side navigation, the editor's login state, and what an error shows; the size-limited upload that every upload uses; the date fields' shared format and messages. */
package org.brtimeline.base.ui;
