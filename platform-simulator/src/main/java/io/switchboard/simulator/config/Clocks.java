package io.switchboard.simulator.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The simulator's notion of now, one bean so that time-dependent rules can be tested with a fixed clock. */
public class Clocks {

    @Produces
    @Singleton
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
