/**
 * What every feature shares: date precision and qualifiers with their bounds, the domain's
 * field-carrying error, who may call the services ({@code Access}) and the one way to act as the
 * system ({@code SystemTask}), the application layout ({@code ui/}) and the API's error replies
 * ({@code api/}). Depends on no feature.
 */
package org.brtimeline.base;
