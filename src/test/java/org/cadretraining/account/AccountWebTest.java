package org.cadretraining.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The whole application on its own throw-away PostgreSQL, driven through MockMvc, with a clock the test moves and
 * helpers that make accounts. Every test class with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(AccountWebTest.Support.class)
public @interface AccountWebTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Support {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        }

        @Bean
        TestAccounts testAccounts(Accounts accounts, AccountRepository repository, PasswordEncoder encoder) {
            return new TestAccounts(accounts, repository, encoder);
        }
    }
}
