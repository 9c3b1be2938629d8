/** The API's error replies and strict parameter reading, which every feature's controllers share. */
@NamedInterface("api")
package org.brtimeline.base.api;

import org.springframework.modulith.NamedInterface;
