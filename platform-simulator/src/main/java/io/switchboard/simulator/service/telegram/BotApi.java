package io.switchboard.simulator.service.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.simulator.model.PlatformAnswer;
import io.switchboard.simulator.model.telegram.SimulatedBot;
import io.switchboard.simulator.repository.BotRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code /bot<token>/<method>}: checks the token, finds the method and calls it with the request's parameters. */
@ApplicationScoped
public class BotApi {

    private final Map<String, BotMethod> methods;
    private final BotRepository bots;
    private final ObjectMapper mapper;

    BotApi(Instance<BotMethod> methods, Instance<BotMethodFamily> families, BotRepository bots, ObjectMapper mapper) {
        this.methods = Stream.concat(methods.stream(), families.stream().flatMap(family -> family.methods().stream()))
                .collect(Collectors.toUnmodifiableMap(method -> key(method.name()), Function.identity()));
        this.bots = bots;
        this.mapper = mapper;
    }

    public CompletionStage<PlatformAnswer> call(
            String token, String methodName, String query, String contentType, String body) {
        SimulatedBot bot = bots.findByToken(token).orElseThrow(BotApiException::unauthorized);
        BotMethod method = methods.get(key(methodName));
        if (method == null) {
            throw BotApiException.notFound();
        }
        BotParameters parameters = BotParameters.parse(query, contentType, body, mapper);
        return method.call(bot, parameters).thenApply(PlatformAnswer::ok);
    }

    private static String key(String methodName) {
        return methodName.toLowerCase(Locale.ROOT);
    }
}
