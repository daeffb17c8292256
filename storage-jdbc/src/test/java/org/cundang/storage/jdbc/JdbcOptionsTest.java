package org.cundang.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.cundang.storage.StorageException;
import org.cundang.storage.StoreOptions;
import org.junit.jupiter.api.Test;

class JdbcOptionsTest {

    @Test
    void defaults() {
        JdbcOptions o = JdbcOptions.defaults();
        assertThat(o.contentDirectory()).isEmpty();
        assertThat(o.poolSize()).isEqualTo(8);
        assertThat(o.busyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.sqliteSynchronous()).isEqualTo("FULL");
    }

    @Test
    void propertiesOfStoreOptionsAreRead() {
        JdbcOptions o = JdbcOptions.from(StoreOptions.builder().property(JdbcOptions.CONTENT_DIRECTORY, "/srv/c")
                .property(JdbcOptions.POOL_SIZE, "3").property(JdbcOptions.BUSY_TIMEOUT_MILLIS, "500")
                .property(JdbcOptions.SQLITE_SYNCHRONOUS, "NORMAL").build());
        assertThat(o.contentDirectory()).contains(Path.of("/srv/c"));
        assertThat(o.poolSize()).isEqualTo(3);
        assertThat(o.busyTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.sqliteSynchronous()).isEqualTo("NORMAL");
    }

    @Test
    void badValuesAreRefusedWithCd5205() {
        for (String v : new String[] {"", "-1", "0", "1e3", "９", "99999999999", "201"}) {
            assertThatThrownBy(() -> JdbcOptions.from(StoreOptions.builder().property(JdbcOptions.POOL_SIZE, v).build()))
                    .as(v).isInstanceOf(StorageException.class)
                    .extracting(e -> ((StorageException) e).code()).isEqualTo("CD-5205");
        }
        assertThatThrownBy(() -> JdbcOptions.builder().busyTimeout(Duration.ofHours(2)))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> JdbcOptions.builder().sqliteSynchronous("off")).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> JdbcOptions.builder().store(null)).isInstanceOf(NullPointerException.class);
    }
}
