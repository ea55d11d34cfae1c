package io.switchboard.catalog.service;

import io.switchboard.common.problem.ProblemException;
import io.switchboard.common.problem.Problems;
import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The externalRef rule (unique per tenant) as the caller sees it: a 409, both when the service finds the clash and
 * when a concurrent writer wins the race and the database's unique constraint finds it.
 */
final class ExternalRefConflicts {

    private static final String CONSTRAINT = "catalog_item_external_ref_unique";

    private ExternalRefConflicts() {}

    static ProblemException taken(String externalRef) {
        return Problems.conflict(
                "externalRef already in use", "Another item of this catalog has externalRef '" + externalRef + "'.");
    }

    /** Runs a write that flushes, turning a violation of the unique constraint into the same 409. */
    static void guard(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException e) {
            if (violatesUniqueExternalRef(e)) {
                throw Problems.conflict(
                        "externalRef already in use",
                        "Another request just gave an item one of these externalRefs; read the catalog and retry.");
            }
            throw e;
        }
    }

    /** Hibernate may hand the violation over as it is or wrapped in a plain PersistenceException. */
    private static boolean violatesUniqueExternalRef(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getConstraintName() != null
                        && violation.getConstraintName().contains(CONSTRAINT);
            }
        }
        return false;
    }
}
