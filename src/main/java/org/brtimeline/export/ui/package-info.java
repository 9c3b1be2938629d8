/** The "Export" menu that the timeline and the list show: download links for the selection on show. */
@NamedInterface("ui")
package org.brtimeline.export.ui;

import org.springframework.modulith.NamedInterface;
