package io.switchboard.simulator.service.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.simulator.model.whatsapp.StoredMedia;
import io.switchboard.simulator.support.SettableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Media download links: signed, and valid for 5 minutes after they were issued. */
class MediaLinksTests {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final StoredMedia MEDIA =
            new StoredMedia("1003383421387256", "106540352242922", "image/jpeg", "x", new byte[] {1}, null, ISSUED);

    private final SettableClock clock = new SettableClock(ISSUED);
    private final MediaLinks links = new MediaLinks(clock, Duration.ofMinutes(5));

    @Test
    void aLink_looksLikeMetasLookasideUrl_onTheGivenAddress() {
        String link = links.issue(MEDIA, "http://localhost:8090/");

        assertThat(link).startsWith("http://localhost:8090/whatsapp_business/attachments/?mid=1003383421387256&ext=");
        assertThat(query(link)).containsKeys("mid", "ext", "hash");
    }

    @Test
    void aLink_resolvesToItsMedia_untilFiveMinutesHavePassed() {
        Map<String, String> link = query(links.issue(MEDIA, "http://localhost:8090"));

        clock.advance(Duration.ofSeconds(299));
        assertThat(links.resolve(link.get("mid"), link.get("ext"), link.get("hash")))
                .contains(MEDIA.id());
        clock.advance(Duration.ofSeconds(1));
        assertThat(links.resolve(link.get("mid"), link.get("ext"), link.get("hash")))
                .isEmpty();
    }

    @Test
    void aTamperedLink_resolvesToNothing() {
        Map<String, String> link = query(links.issue(MEDIA, "http://localhost:8090"));

        assertThat(links.resolve("1003383421387257", link.get("ext"), link.get("hash")))
                .isEmpty();
        assertThat(links.resolve(MEDIA.id(), Long.toString(ISSUED.getEpochSecond() + 60), link.get("hash")))
                .isEmpty();
        assertThat(links.resolve(MEDIA.id(), link.get("ext"), "ATforged")).isEmpty();
        assertThat(links.resolve(MEDIA.id(), null, link.get("hash"))).isEmpty();
    }

    @Test
    void anotherSimulatorProcess_doesNotAcceptTheLink() {
        Map<String, String> link = query(links.issue(MEDIA, "http://localhost:8090"));

        MediaLinks restarted = new MediaLinks(clock, Duration.ofMinutes(5));

        assertThat(restarted.resolve(link.get("mid"), link.get("ext"), link.get("hash")))
                .isEmpty();
    }

    private static Map<String, String> query(String link) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : URI.create(link).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts[1]);
        }
        return parameters;
    }
}
