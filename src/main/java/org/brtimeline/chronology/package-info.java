/**
 * Events with dates of honest precision, the actors involved, and the evidence that ties each
 * event to an exact character range of an article.
 */
package org.brtimeline.chronology;
