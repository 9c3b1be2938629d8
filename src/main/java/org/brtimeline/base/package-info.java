/** What every feature shares: the application layout and the API's error replies. Depends on no feature. */
package org.brtimeline.base;
