package org.cadretraining.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Connector settings that Spring Boot has no property for. */
@Configuration(proxyBeanMethods = false)
class TomcatTuning {

    @Bean
    TomcatConnectorCustomizer pollerTuning(
            @Value("${app.web.selector-timeout-ms:1000}") long selectorTimeout,
            @Value("${app.web.poller-priority:5}") int pollerPriority) {
        return connector -> {
            connector.setProperty("selectorTimeout", Long.toString(selectorTimeout));
            connector.setProperty("pollerThreadPriority", Integer.toString(pollerPriority));
        };
    }
}
