package io.switchboard.telegram.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.telegram.config.TelegramConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How the configured limits combine for one chat, on a clock the test moves. */
class PacingPlanTests {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aPrivateChatGetsItsBurstThenAboutOneMessageASecond() {
        Pacer.ChatLimits chat = Pacer.PacingPlan.of(pacing(0.97)).chatLimits(false);

        chat.book(0, 1);
        long second = chat.earliest(0, 1);
        chat.book(second, 1);
        long third = chat.earliest(0, 1);

        assertThat(second).isZero();
        assertThat(third).isEqualTo(Math.round(SECOND / 0.97));
    }

    @Test
    void aGroupIsHeldToTwentyAMinuteWhateverItsChatLimitAllows() {
        Pacer.ChatLimits group = Pacer.PacingPlan.of(pacing(0.97)).chatLimits(true);

        group.book(0, 1);

        assertThat(group.earliest(0, 1)).isEqualTo(Math.round(60.0 * SECOND / (20 * 0.97)));
    }

    @Test
    void theBotLimitIsSharedAtItsHeadroom() {
        RateLimit bot = Pacer.PacingPlan.of(pacing(1.0)).botLimit();

        for (int i = 0; i < 5; i++) {
            assertThat(bot.reserve(0, 1)).isZero();
        }
        assertThat(bot.reserve(0, 1)).isEqualTo(Math.round(SECOND / 30.0));
    }

    @Test
    void aHeadroomOutsideHalfToAllIsAConfigurationError() {
        assertThatThrownBy(() -> Pacer.PacingPlan.of(pacing(1.2))).isInstanceOf(IllegalArgumentException.class);
    }

    private static TelegramConfig.Pacing pacing(double headroom) {
        return new TelegramConfig.Pacing() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public double chatPerSecond() {
                return 1;
            }

            @Override
            public int chatBurst() {
                return 2;
            }

            @Override
            public double groupPerMinute() {
                return 20;
            }

            @Override
            public int groupBurst() {
                return 1;
            }

            @Override
            public double botPerSecond() {
                return 30;
            }

            @Override
            public int botBurst() {
                return 5;
            }

            @Override
            public double headroom() {
                return headroom;
            }
        };
    }
}
