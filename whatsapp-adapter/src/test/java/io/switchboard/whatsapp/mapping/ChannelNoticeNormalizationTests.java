package io.switchboard.whatsapp.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.contract.delivery.PlatformError;
import io.switchboard.testsupport.fixtures.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What Meta says about the number itself becomes a notice for the channel's last error, never an inbound event. */
class ChannelNoticeNormalizationTests {

    private final Webhooks webhooks = new Webhooks();

    @Test
    void topLevelErrorsOfAMessagesChangeAreANoticeWithMetasCodeTitleAndDetails() {
        NormalizedWebhook normalized = webhooks.normalize("errors.json");

        assertThat(normalized.events()).isEmpty();
        assertThat(normalized.notices())
                .containsExactly(new ChannelNotice(
                        Webhooks.CHANNEL,
                        new PlatformError(
                                "131042",
                                "Business eligibility payment issue",
                                "Message failed to send because there were one or more errors related to your"
                                        + " payment method."),
                        Instant.ofEpochSecond(1750276600)));
    }

    @Test
    void anAccountRestrictionIsANoticeSayingWhatIsRestrictedUntilWhen() {
        ChannelNotice notice =
                webhooks.normalize("account-update-restriction.json").notices().get(0);

        assertThat(notice.channelId()).isEqualTo(Webhooks.CHANNEL);
        assertThat(notice.error().code()).isEqualTo("ACCOUNT_RESTRICTION");
        assertThat(notice.error().detail())
                .contains("RESTRICTED_BIZ_INITIATED_MESSAGING")
                .contains("2026-12-01T13:59:20+0000");
    }

    @Test
    void aQualityFlagIsANoticeWithTheCurrentLimit() {
        ChannelNotice notice =
                webhooks.normalize("quality-update-flagged.json").notices().get(0);

        assertThat(notice.error().code()).isEqualTo("FLAGGED");
        assertThat(notice.error().detail()).contains("1000");
    }

    @Test
    void goodNewsAboutTheAccountIsNoError() {
        NormalizedWebhook normalized = webhooks.normalize("account-update-verified.json");

        assertThat(normalized.notices()).isEmpty();
        assertThat(normalized.ignored()).isEqualTo(1);
    }

    @Test
    void aNoticeForANumberTheTenantHasNoChannelForIsIgnored() {
        String otherNumber =
                Fixtures.text("webhooks/quality-update-flagged.json").replace("15550783881", "15550000000");

        assertThat(webhooks.normalizeJson(otherNumber).notices()).isEmpty();
    }
}
