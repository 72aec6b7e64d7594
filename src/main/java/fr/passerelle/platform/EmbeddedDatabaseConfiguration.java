package fr.passerelle.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: an embedded PostgreSQL whose data lives under {@code passerelle.data-dir}/postgres, reached
 * with its superuser's password (kept in {@code passerelle.data-dir}/postgres.password).
 * Set {@code passerelle.database.embedded=false} (the {@code postgres} profile does) to use
 * {@code spring.datasource.*} instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "passerelle.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(PasserelleProperties properties) {
        var database = properties.database();
        EmbeddedPostgres server = EmbeddedDatabase.acquire(properties.dataDir(), database);
        var dataSource = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                EmbeddedDatabase.release(database.poolSize());
            }
        };
        dataSource.setJdbcUrl(server.jdbcUrl(EmbeddedDatabase.DATABASE));
        dataSource.setUsername(EmbeddedPostgres.SUPERUSER);
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(database.poolSize());
        dataSource.setPoolName("passerelle-embedded");
        return dataSource;
    }
}
