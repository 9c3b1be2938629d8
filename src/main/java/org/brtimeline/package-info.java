/**
 * A source-linked timeline of Belarus–Russia relations. The packages are the product's features:
 * {@code source} (articles and their passages), {@code chronology} (events, their honest dates,
 * evidence and actors), {@code reader} (articles seen through the events they support),
 * {@code corpus} (the curated chronology that ships with the application) and {@code base}
 * (the layout and the API's error handling).
 */
package org.brtimeline;
