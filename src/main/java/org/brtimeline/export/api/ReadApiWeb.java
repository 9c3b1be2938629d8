package org.brtimeline.export.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How the read API behaves on the web: every successful GET carries an ETag, so that a client asking again with
 * {@code If-None-Match} gets a 304 without the body; other sites may call it from browsers only when
 * {@code app.api.cors-origins} names them (none by default); and its OpenAPI description says what it is.
 */
@Configuration
class ReadApiWeb {

    /** Weak, because the server may compress the body: the same events, whatever the bytes on the wire. The feed too. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.addUrlPatterns("/api/*", "/feed.atom");
        return registration;
    }

    /**
     * The origins allowed to read the API (and its description) from a browser; Spring Security applies this source
     * itself, so that preflight requests are answered before any login is asked for. Only reading is allowed.
     */
    @Bean
    UrlBasedCorsConfigurationSource corsConfigurationSource(@Value("${app.api.cors-origins:}") List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> allowed =
                origins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (!allowed.isEmpty()) {
            CorsConfiguration reading = new CorsConfiguration();
            reading.setAllowedOriginPatterns(allowed);
            reading.setAllowedMethods(List.of("GET", "HEAD"));
            reading.setAllowedHeaders(List.of("Accept", "If-None-Match"));
            reading.setExposedHeaders(List.of("ETag", "Content-Disposition"));
            reading.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", reading);
            source.registerCorsConfiguration("/v3/api-docs/**", reading);
        }
        return source;
    }

    @Bean
    OpenAPI readApiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("Belarus–Russia timeline: read API")
                        .version("1")
                        .description("Published events of Belarus–Russia relations, each tied to the exact passages of"
                                + " the articles that report it; the articles' texts; and exports of the events in"
                                + " open formats. Read-only and open to all; errors are ApiError JSON bodies."));
    }
}
