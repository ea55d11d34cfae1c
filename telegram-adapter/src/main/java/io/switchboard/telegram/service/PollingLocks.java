package io.switchboard.telegram.service;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * One PostgreSQL advisory lock per bot ({@code pg_try_advisory_lock(bot id)}), so that of several replicas only one
 * polls a bot: Telegram answers 409 to a second poller. The locks live in one database session held for the
 * application's lifetime; when that session is lost, so are all locks, and every poller must win its lock again before
 * its next poll. Within this process a lock belongs to one poller, so a replaced poller never overlaps its successor.
 */
@ApplicationScoped
public class PollingLocks {

    private static final Logger LOG = Logger.getLogger(PollingLocks.class);

    @Inject
    AgroalDataSource dataSource;

    private Connection session;
    private final Map<Long, Object> owners = new HashMap<>();

    /**
     * @return whether {@code owner} holds the bot's lock now (already held, or just taken)
     */
    public synchronized boolean tryLock(long botId, Object owner) {
        try {
            ensureSession();
            Object current = owners.get(botId);
            if (current != null) {
                return current == owner;
            }
            if (query("SELECT pg_try_advisory_lock(?)", botId)) {
                owners.put(botId, owner);
                return true;
            }
            return false;
        } catch (SQLException e) {
            LOG.warnf("polling lock unavailable bot=%d: %s", botId, e.getMessage());
            dropSession();
            return false;
        }
    }

    public synchronized void unlock(long botId, Object owner) {
        if (owners.get(botId) != owner) {
            return;
        }
        owners.remove(botId);
        try {
            query("SELECT pg_advisory_unlock(?)", botId);
        } catch (SQLException e) {
            // The session is broken, which released the lock anyway.
            dropSession();
        }
    }

    @PreDestroy
    synchronized void close() {
        dropSession();
    }

    private void ensureSession() throws SQLException {
        if (session != null && session.isValid(2)) {
            return;
        }
        dropSession();
        session = dataSource.getConnection();
        session.setAutoCommit(true);
    }

    private void dropSession() {
        owners.clear();
        if (session != null) {
            try {
                session.close();
            } catch (SQLException e) {
                LOG.debugf("closing the polling lock session failed: %s", e.getMessage());
            }
            session = null;
        }
    }

    private boolean query(String sql, long botId) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, botId);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
