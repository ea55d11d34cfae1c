package io.switchboard.testsupport.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.testsupport.simulator.SimulatorClient;
import io.switchboard.testsupport.simulator.TelegramBot;
import io.switchboard.testsupport.simulator.WhatsAppNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo business of the local run: Studio Rossi, an Italian IT consultancy with a WhatsApp number, a Telegram
 * bot, a few automatic replies and a catalog of services. Loading it again (after a restart) changes nothing.
 */
public final class DemoData {

    public static final String TENANT = "studio-rossi";
    public static final String VERIFY_TOKEN = "studio-rossi-verify";

    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoData() {}

    /** The demo's channels and an admin token, for the banner. */
    public record Loaded(String adminToken, WhatsAppNumber number, TelegramBot bot) {}

    private record Credentials(WhatsAppNumber number, TelegramBot bot) {}

    /**
     * Makes the simulated platforms know the demo's number and bot, with the same credentials every run: the
     * simulator forgets them when it stops, the adapters do not.
     */
    public static void seedPlatforms(SimulatorClient simulator, Path secretsDirectory) {
        Credentials credentials = credentials(secretsDirectory);
        simulator.addWhatsAppNumber(credentials.number());
        simulator.addTelegramBot(credentials.bot());
    }

    /** Loads the demo business through the APIs; the platforms must have been seeded first. */
    public static Loaded load(Suite suite, Path secretsDirectory) {
        Credentials credentials = credentials(secretsDirectory);
        SimulatorClient simulator = new SimulatorClient(suite.url(Suite.SIMULATOR));

        SuiteClient api = new SuiteClient(suite);
        api.ensureTenant(TENANT, "Studio Rossi — Consulenza IT");
        String admin = api.issueToken(TENANT, "demo-admin@studio-rossi.it", List.of("admin", "agent"));

        String webhookUrl = whatsappChannel(api, admin, credentials.number())
                .get("webhookUrl")
                .asText();
        simulator
                .subscribeWhatsAppWebhook(credentials.number().phoneNumberId(), webhookUrl, VERIFY_TOKEN)
                .expect(200);
        if (api.telegramChannels(admin).isEmpty()) {
            api.registerTelegram(admin, credentials.bot(), "POLLING", null).expect(201);
        }
        if (api.rules(admin).isEmpty()) {
            addRules(api, admin);
        }
        api.importCatalog(admin, catalog());
        return new Loaded(admin, credentials.number(), credentials.bot());
    }

    private static JsonNode whatsappChannel(SuiteClient api, String admin, WhatsAppNumber number) {
        return api.whatsAppChannels(admin).stream()
                .filter(channel -> number.phoneNumberId()
                        .equals(channel.path("phoneNumberId").asText()))
                .findFirst()
                .orElseGet(() -> api.registerWhatsApp(admin, number, VERIFY_TOKEN)
                        .expect(201)
                        .json());
    }

    private static void addRules(SuiteClient api, String admin) {
        api.addKeywordRule(
                admin,
                "Prezzi",
                List.of("prezzi", "prezzo", "costi", "listino", "price", "prices"),
                "Ciao! Ecco il listino: consulenza sicurezza 90 €/ora, migrazione cloud da 1.500 €, sviluppo app su"
                        + " preventivo. Rispondo personalmente entro oggi.");
        api.addKeywordRule(
                admin,
                "Orari",
                List.of("orari", "orario", "aperti", "hours"),
                "Sono disponibile dal lunedì al venerdì, 9:00-18:00.");
        api.addKeywordRule(
                admin,
                "Saluto",
                List.of("ciao", "buongiorno", "salve", "hello"),
                "Ciao! Sono l'assistente di Studio Rossi. Scrivi \"prezzi\" per il listino o \"orari\" per"
                        + " sapere quando sono disponibile.");
    }

    private static List<Map<String, Object>> catalog() {
        return List.of(
                service(
                        "SEC-01",
                        "Consulenza sicurezza informatica",
                        "Analisi dei rischi, hardening, formazione.",
                        "90.00",
                        "PT1H",
                        "Sicurezza",
                        List.of("sicurezza", "security", "audit")),
                service(
                        "CLD-01",
                        "Migrazione cloud",
                        "Migrazione di server e applicazioni su AWS, Azure o GCP.",
                        "1500.00",
                        "P5D",
                        "Cloud",
                        List.of("cloud", "aws", "azure", "migrazione")),
                service(
                        "APP-01",
                        "Sviluppo app",
                        "App web e mobile su misura, dal prototipo alla pubblicazione.",
                        "4000.00",
                        "P20D",
                        "Sviluppo",
                        List.of("app", "sviluppo", "mobile", "web")),
                service(
                        "SUP-01",
                        "Assistenza remota",
                        "Interventi da remoto su PC, reti e posta elettronica.",
                        "60.00",
                        "PT1H",
                        "Assistenza",
                        List.of("assistenza", "supporto", "help desk")));
    }

    private static Map<String, Object> service(
            String ref,
            String name,
            String description,
            String price,
            String duration,
            String category,
            List<String> tags) {
        return Map.of(
                "externalRef", ref,
                "type", "SERVICE",
                "name", name,
                "description", description,
                "price", price,
                "currency", "EUR",
                "duration", duration,
                "category", category,
                "availability", "AVAILABLE",
                "tags", tags);
    }

    private static Credentials credentials(Path secretsDirectory) {
        Path file = secretsDirectory.resolve("demo-platform-credentials.json");
        try {
            if (Files.exists(file)) {
                return JSON.readValue(file.toFile(), Credentials.class);
            }
            WhatsAppNumber number = new WhatsAppNumber(
                    "106540352242922",
                    "419561257915477",
                    "+39 02 4000 1234",
                    "Studio Rossi",
                    "EAAG" + UUID.randomUUID().toString().replace("-", ""),
                    UUID.randomUUID().toString().replace("-", ""));
            Credentials created = new Credentials(number, TelegramBot.sample("studio_rossi_bot"));
            Files.createDirectories(file.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), created);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or write " + file, e);
        }
    }
}
