package io.switchboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.testsupport.simulator.WhatsAppNumber;
import io.switchboard.testsupport.suite.Suite;
import io.switchboard.testsupport.suite.SuiteClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Channels, rules and the message log live in the databases: services can restart and carry on. */
class RestartIT {

    @Test
    void afterTheAdapterAndTheGatewayRestartTheSameChannelAndRuleStillAnswer() {
        SuiteClient api = RunningSuite.api();
        String admin = RunningSuite.newTenantAdmin();
        WhatsAppNumber number = WhatsAppNumber.sample("Studio Bianchi");
        WhatsAppSliceIT.startSuite();
        WhatsAppSliceIT.connect(admin, number);
        api.addKeywordRule(admin, "Orari", List.of("orari"), "Dalle 9 alle 18.");

        RunningSuite.get().app(Suite.WHATSAPP).restart();
        RunningSuite.get().app(Suite.GATEWAY).restart();

        RunningSuite.simulator().whatsAppCustomerWrites(number.phoneNumberId(), "393405555555", "Luca", "orari?");
        assertThat(WhatsAppSliceIT.awaitSend(number.phoneNumberId(), "393405555555")
                        .at("/text/body")
                        .asText())
                .isEqualTo("Dalle 9 alle 18.");
        new Inbox(api, admin).awaitMessage("393405555555", Inbox.outbound("READ"));
    }
}
