package org.cadretraining.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationRegistryCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Spring Security's filter chain is not wrapped filter by filter for observations nobody reads, even where the
 * observation registry is live (in production, metrics make it so; a test's registry is a no-op unless it has a
 * handler, as here).
 */
@SpringBootTest
@Import(SecurityObservationsTests.LiveRegistry.class)
class SecurityObservationsTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class LiveRegistry {

        @Bean
        ObservationRegistryCustomizer<ObservationRegistry> handlerForEveryObservation() {
            return registry -> registry.observationConfig().observationHandler(context -> true);
        }
    }

    @Autowired
    List<FilterChainProxy> proxies;

    @Test
    void theFilterChainsAreNotDecoratedForObservations() {
        assertThat(proxies).isNotEmpty().allSatisfy(proxy -> {
            // Spring Security's composite proxy holds the proxy that runs the chains
            Object inner = ReflectionTestUtils.getField(proxy, "springSecurityFilterChain");
            FilterChainProxy running = inner instanceof FilterChainProxy p ? p : proxy;
            assertThat(ReflectionTestUtils.getField(running, "filterChainDecorator"))
                    .isNotNull()
                    .isNotInstanceOf(ObservationFilterChainDecorator.class);
        });
    }
}
