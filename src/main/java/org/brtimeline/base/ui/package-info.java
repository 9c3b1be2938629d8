/** The frame of every page: the title bar, the side navigation, the editor's login state, and what an error shows. */
package org.brtimeline.base.ui;
