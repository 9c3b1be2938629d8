/** The timeline on other sites: the oEmbed endpoint that turns a permalink or a timeline address into its frame. */
package org.brtimeline.timeline.api;
