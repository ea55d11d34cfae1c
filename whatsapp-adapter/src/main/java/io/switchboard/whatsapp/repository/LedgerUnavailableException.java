package io.switchboard.whatsapp.repository;

import java.sql.SQLException;

/** The database did not take a send-path statement (down, overloaded): transient, the step is retried. */
public class LedgerUnavailableException extends RuntimeException {

    public LedgerUnavailableException(SQLException cause) {
        super("the send ledger is unavailable: " + cause.getMessage(), cause);
    }
}
