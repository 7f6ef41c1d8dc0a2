package org.cadretraining.completion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The one thread on which each node keeps completion standings, the events waiting their turn in its queue; scheduled,
 * since the drain of waiting trainees also polls.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CompletionKeeping {

    static final String EXECUTOR = "completionKeepingExecutor";

    @Bean(name = EXECUTOR, destroyMethod = "shutdown")
    ThreadPoolTaskExecutor completionKeeping() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("completion-keeping-");
        // a stopping node finishes what it was given; what it never got to is republished from the registry
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        return executor;
    }
}
