package org.cundang.storage.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource whose connection breaks in the middle of a transaction, for the fault tests: when the store prepares a
 * statement that {@code at} picks (by its SQL and its number among the statements prepared inside transactions on
 * that connection), and {@code breaks} is still positive, the PostgreSQL backend is terminated from another
 * connection; on SQLite the call fails as a broken connection would (SQLState 08006).
 */
final class BreakingDataSource {

    private BreakingDataSource() {
    }

    static DataSource of(String url, AtomicInteger breaks, BiPredicate<String, Integer> at) {
        boolean sqlite = url.startsWith("jdbc:sqlite:");
        return (DataSource) Proxy.newProxyInstance(BreakingDataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "getConnection":
                            Connection real = DriverManager.getConnection(url);
                            AtomicInteger n = new AtomicInteger();
                            return Proxy.newProxyInstance(BreakingDataSource.class.getClassLoader(),
                                    new Class<?>[] {Connection.class}, (p2, m2, a2) -> {
                                        if (m2.getName().equals("prepareStatement")
                                                && (sqlite || !real.getAutoCommit())
                                                && at.test(String.valueOf(a2[0]), n.incrementAndGet())
                                                && breaks.get() > 0) {
                                            breaks.decrementAndGet();
                                            if (sqlite) {
                                                throw new SQLException("simulated broken connection", "08006");
                                            }
                                            terminate(url, real);
                                        }
                                        try {
                                            return m2.invoke(real, a2);
                                        } catch (InvocationTargetException e) {
                                            throw e.getCause();
                                        }
                                    });
                        case "getLogWriter":
                            return (PrintWriter) null;
                        case "getParentLogger":
                            return Logger.getGlobal();
                        case "unwrap":
                            throw new SQLException("not a wrapper");
                        case "isWrapperFor":
                            return false;
                        case "getLoginTimeout":
                            return 0;
                        default:
                            return null;
                    }
                });
    }

    private static void terminate(String url, Connection victim) throws SQLException {
        int pid;
        try (Statement s = victim.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Connection other = DriverManager.getConnection(url);
             PreparedStatement ps = other.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, pid);
            ps.executeQuery().close();
        }
    }
}
