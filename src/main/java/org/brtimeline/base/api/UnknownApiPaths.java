package org.brtimeline.base.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An address under {@code /api/} that no endpoint answers is a 404 in JSON, by any method, not a page of the web
 * application. Every endpoint's own mapping is more specific, so it wins. Not part of the OpenAPI description.
 */
@Hidden
@RestController
class UnknownApiPaths {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException(
                "No such API address; the API's addresses start with /api/events and /api/articles");
    }
}
