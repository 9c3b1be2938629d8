/** Security's refusals under {@code /api/}, answered in the API's error body. */
package org.brtimeline.security.api;
