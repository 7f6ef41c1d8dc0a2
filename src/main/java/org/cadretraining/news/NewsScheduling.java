package org.cadretraining.news;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The browse counter flushes on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NewsScheduling {}
