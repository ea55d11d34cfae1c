package io.switchboard.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BotTokenRedactionTests {

    private static final String TOKEN = "8123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_";

    @Test
    void aTokenInAUrlIsReducedToTheBotId() {
        String redacted = BotTokenRedaction.redact("POST http://localhost/bot" + TOKEN + "/sendMessage failed");

        assertThat(redacted).isEqualTo("POST http://localhost/bot8123456789:***/sendMessage failed");
    }

    @Test
    void textWithoutATokenIsUnchanged() {
        assertThat(BotTokenRedaction.redact("chat 7012345678: sent at 12:30"))
                .isEqualTo("chat 7012345678: sent at 12:30");
    }

    @Test
    void anUnavailableErrorNeverCarriesTheToken() {
        assertThat(new BotApiUnavailableException("connect to /bot" + TOKEN + "/getMe failed").getMessage())
                .doesNotContain(TOKEN.substring(TOKEN.indexOf(':') + 1));
    }
}
