package org.cundang.storage.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.cundang.digest.Digest;
import org.cundang.storage.ArchiveStore;

/** Changes a JDBC store behind its back, for the kit's hooks. */
final class JdbcTamper {

    private JdbcTamper() {
    }

    static void corrupt(ArchiveStore s, Digest d) {
        JdbcArchiveStore store = (JdbcArchiveStore) s;
        if (store.contentInFolder()) {
            try {
                Path f = store.contentFile(d);
                byte[] b = Files.readAllBytes(f);
                b[b.length / 2] ^= 1;
                Files.write(f, b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (Connection c = store.dataSource().getConnection()) {
            byte[] b;
            try (PreparedStatement ps = c.prepareStatement("SELECT data FROM cd_blobs WHERE address = ?")) {
                ps.setString(1, d.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    b = rs.getBytes(1);
                }
            }
            b[b.length / 2] ^= 1;
            try (PreparedStatement ps = c.prepareStatement("UPDATE cd_blobs SET data = ? WHERE address = ?")) {
                ps.setBytes(1, b);
                ps.setString(2, d.toString());
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void delete(ArchiveStore s, Digest d) {
        JdbcArchiveStore store = (JdbcArchiveStore) s;
        if (store.contentInFolder()) {
            try {
                Files.delete(store.contentFile(d));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        update(store, "DELETE FROM cd_blobs WHERE address = ?", d.toString());
    }

    static void update(JdbcArchiveStore store, String sql, Object... args) {
        try (Connection c = store.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
