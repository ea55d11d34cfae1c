package io.switchboard.testsupport.suite;

/** What the local run prints once everything is up: where things are and how to try them. */
final class Banner {

    private Banner() {}

    static String of(Suite suite, DemoData.Loaded demo, double seconds) {
        String simulator = suite.url(Suite.SIMULATOR);
        String gateway = suite.url(Suite.GATEWAY);
        return """

                Switchboard is running (started in %.0f s). Stop it with Ctrl-C.

                  gateway           %s   (tenants, rules, conversations: /q/openapi)
                  whatsapp-adapter  %s
                  telegram-adapter  %s
                  catalog-service   %s
                  simulator         %s   (plays the WhatsApp Cloud API and the Telegram Bot API)
                  kafka             %s

                Demo tenant "%s", admin token:
                  export TOKEN=%s
                Operator token (create tenants, issue tokens): %s

                Send a WhatsApp message as a customer:
                  curl -s -X POST %s/simulator/whatsapp/numbers/%s/inbound -H 'Content-Type: application/json' \\
                       -d '{"from":"393401234567","name":"Giulia","text":"Buongiorno, quali sono i prezzi?"}'
                Send a Telegram message (the bot is polled):
                  curl -s -X POST %s/simulator/telegram/bots/%d/inbound -H 'Content-Type: application/json' \\
                       -d '{"chatId":7012345678,"chatType":"private","fromId":7012345678,"firstName":"Marco","text":"orari?"}'
                See the conversations and the replies' delivery states:
                  curl -s -H "Authorization: Bearer $TOKEN" %s/api/v1/conversations
                See what Switchboard sent to the platforms:
                  curl -s %s/simulator/requests
                """.formatted(
                        seconds,
                        gateway,
                        suite.url(Suite.WHATSAPP),
                        suite.url(Suite.TELEGRAM),
                        suite.url(Suite.CATALOG),
                        simulator,
                        suite.kafkaBootstrapServers(),
                        DemoData.TENANT,
                        demo.adminToken(),
                        suite.operatorToken(),
                        simulator,
                        demo.number().phoneNumberId(),
                        simulator,
                        demo.bot().id(),
                        gateway,
                        simulator);
    }
}
