package io.switchboard.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract's published JSON Schemas, loaded from the main jar as a consumer in any language would use them. */
final class ContractSchemas {

    static final String INBOUND_EVENT = "inbound-event.schema.json";
    static final String OUTBOUND_COMMAND = "outbound-command.schema.json";
    static final String DELIVERY_RECEIPT = "delivery-receipt.schema.json";
    static final String CHANNEL_EVENT = "channel-event.schema.json";

    private static final String BASE = "https://switchboard.io/schemas/v1/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private ContractSchemas() {}

    /** The schema's complaints about {@code json}, one line each; empty when it is valid. */
    static String violations(String schemaFile, JsonNode json) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + schemaFile), CONFIG);
        Set<ValidationMessage> messages = schema.validate(json);
        return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
    }
}
