/** The review page of one article: its text with the dates found, and each candidate to accept, attach or reject. */
package org.brtimeline.review.ui;
