package org.cadretraining.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled work that must run once across the nodes sharing the database (a sweep of old sign-in failures or of full
 * sign-in buckets) is annotated {@code @SchedulerLock}: ShedLock takes the job's row in the {@code shedlock} table
 * first, with the database's clock, and a node that finds it taken skips that run. A lock outlives a dead node by at
 * most its {@code lockAtMostFor}. Work that is per node by nature (flushing this node's browse counts, reading the
 * shared versions of what it keeps in memory) takes no lock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class OnceAcrossNodes {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(node())
                .usingDbTime()
                .build());
    }

    /** Which node holds a lock, for whoever reads the table: the host and the process. */
    private static String node() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            host = "unknown";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
