package io.switchboard.telegram.pacing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Telegram's limits scaled up so a test sees many paced sends in seconds: 5 messages a second per chat, 120 a minute
 * per group, 20 a second per bot. The tests give the simulated bots the same limits.
 */
public class PacingProfile implements QuarkusTestProfile {

    static final int CHAT_PER_SECOND = 5;
    static final int GROUP_PER_MINUTE = 120;
    static final int BOT_PER_SECOND = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.telegram.pacing.chat-per-second", Integer.toString(CHAT_PER_SECOND),
                "switchboard.telegram.pacing.group-per-minute", Integer.toString(GROUP_PER_MINUTE),
                "switchboard.telegram.pacing.bot-per-second", Integer.toString(BOT_PER_SECOND));
    }
}
