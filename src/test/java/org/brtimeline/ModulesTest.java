package org.brtimeline;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Spring Modulith's view of the features: each top-level package is a module whose root package is
 * its API; what other modules use from a subpackage must be a declared named interface.
 */
class ModulesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_features_use_each_other_only_through_their_apis_and_without_cycles() {
        MODULES.verify();
    }
}
