/**
 * What editors do, as views ({@code ui/}): the changes themselves are the chronology's, the
 * sources' and the review's services, which check versions and record revisions.
 */
package org.brtimeline.editing;
