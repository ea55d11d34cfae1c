package io.switchboard.whatsapp.repository;

import io.switchboard.whatsapp.entity.SendState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The three statements every outbound message takes (preview, claim, record), each one atomic statement in plain
 * JDBC with auto-commit. At a number's full pace they run hundreds of times a second; measured with the simulator,
 * Hibernate sessions and JTA transactions around them cost more CPU than everything else the send does, which capped
 * the pace. Everything else uses the Panache repositories.
 */
@ApplicationScoped
public class SendPathRepository {

    private static final String CHANNEL_COLUMNS =
            "c.phone_number_id, c.access_token, c.messages_per_second, c.coexistence, c.throughput_level, c.catalog_id";

    private static final String PREVIEW = "select " + CHANNEL_COLUMNS
            + ", s.state, s.platform_message_id, s.error_code, s.error_title, s.error_detail from (select 1) one"
            + " left join whatsapp_channel c on c.id = ? and c.tenant_id = ? and c.removed_at is null"
            + " left join sent_message s on s.message_id = ?";

    private static final String CLAIM = "with c as (select * from whatsapp_channel"
            + " where id = ? and tenant_id = ? and removed_at is null),"
            + " claimed as (insert into sent_message (message_id, tenant_id, channel_id, state, created_at, updated_at)"
            + " select ?, tenant_id, id, 'SENDING', ?, ? from c on conflict (message_id) do nothing returning message_id)"
            + " select " + CHANNEL_COLUMNS + ", (select count(*) from claimed) from c";

    private static final String STATE = "select state, platform_message_id, error_code, error_title, error_detail"
            + " from sent_message where message_id = ?";

    private static final String RECORD = "with part as (insert into sent_message_part"
            + " (platform_message_id, message_id, part_index) select ?, ?, ? where ? is not null"
            + " on conflict (platform_message_id) do nothing)"
            + " update sent_message set platform_message_id = case when ? then ? else platform_message_id end,"
            + " state = case when ? then 'SENT' else state end, updated_at = ? where message_id = ?";

    private final DataSource dataSource;

    @Inject
    public SendPathRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The command's recorded outcome, if any, and its channel, if the tenant has it active. */
    public SendPreview preview(UUID messageId, String tenantId, UUID channelId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PREVIEW)) {
            statement.setObject(1, channelId);
            statement.setString(2, tenantId);
            statement.setObject(3, messageId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new SendPreview(state(row, 7), target(channelId, row));
            }
        } catch (SQLException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    /**
     * Writes the SENDING row of a command whose channel the tenant has active, unless one exists: one statement, so
     * two deliveries of the same command racing each other cannot both claim it.
     */
    public SendClaimRow claim(UUID messageId, String tenantId, UUID channelId, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setObject(1, channelId);
            statement.setString(2, tenantId);
            statement.setObject(3, messageId);
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setTimestamp(5, Timestamp.from(now));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new SendClaimRow(null, false);
                }
                return new SendClaimRow(target(channelId, row), row.getLong(7) == 1);
            }
        } catch (SQLException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    /** What is recorded for a command; {@code null} when nothing is. */
    public SentMessageState state(UUID messageId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STATE)) {
            statement.setObject(1, messageId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? state(row, 1) : null;
            }
        } catch (SQLException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    /**
     * Records a part Meta accepted: its wamid (for status webhooks), the first part's wamid as the message's, and
     * SENT with the last part.
     *
     * @param wamid {@code null} for a read receipt, which Meta gives no id
     */
    public void recordAccepted(UUID messageId, String wamid, int index, boolean last, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(RECORD)) {
            statement.setString(1, wamid);
            statement.setObject(2, messageId);
            statement.setInt(3, index);
            statement.setString(4, wamid);
            statement.setBoolean(5, index == 0);
            statement.setString(6, wamid);
            statement.setBoolean(7, last);
            statement.setTimestamp(8, Timestamp.from(now));
            statement.setObject(9, messageId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new LedgerUnavailableException(e);
        }
    }

    private static SentMessageState state(ResultSet row, int first) throws SQLException {
        String state = row.getString(first);
        if (state == null) {
            return null;
        }
        return new SentMessageState(
                SendState.valueOf(state),
                row.getString(first + 1),
                row.getString(first + 2),
                row.getString(first + 3),
                row.getString(first + 4));
    }

    private static SendTarget target(UUID channelId, ResultSet row) throws SQLException {
        String phoneNumberId = row.getString(1);
        if (phoneNumberId == null) {
            return null;
        }
        String sealedAccessToken = row.getString(2);
        int messagesPerSecond = row.getInt(3);
        Integer tenantsOwnPace = row.wasNull() ? null : messagesPerSecond;
        return new SendTarget(
                channelId,
                phoneNumberId,
                sealedAccessToken,
                tenantsOwnPace,
                row.getBoolean(4),
                row.getString(5),
                row.getString(6));
    }
}
