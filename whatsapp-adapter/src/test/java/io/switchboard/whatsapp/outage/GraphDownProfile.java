package io.switchboard.whatsapp.outage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The Graph API cannot be reached (nothing listens where it should be). */
public class GraphDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.rest-client.graph-api.url", "http://127.0.0.1:1");
    }
}
