package fr.passerelle.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL whose data lives under {@code passerelle.data-dir}/postgres.
 * Set {@code passerelle.database.embedded=false} (the {@code postgres} profile does) to use
 * {@code spring.datasource.*} instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(PasserelleProperties properties) {
        var database = properties.database();
        String url = EmbeddedDatabase.acquire(properties.dataDir().resolve("postgres"), database.cleanOnStart(), database.port());
        var dataSource = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                EmbeddedDatabase.release();
            }
        };
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("passerelle-embedded");
        return dataSource;
    }
}
