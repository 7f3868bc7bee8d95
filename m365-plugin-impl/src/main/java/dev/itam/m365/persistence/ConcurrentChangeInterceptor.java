package dev.itam.m365.persistence;

import dev.itam.m365.api.ConcurrentChangeException;
import dev.itam.m365.api.PluginException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Turns a lost race into {@link ConcurrentChangeException}. It runs outside the transaction
 * interceptor (a lower priority), so it also sees what the commit throws: a stale version, a row
 * deleted meanwhile, a lock that could not be had, or a unique key another transaction took first.
 */
@ReportsConcurrentChanges
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConcurrentChangeInterceptor {

    /**
     * A unique or foreign key that another transaction took or removed first, and a serialisation
     * failure or deadlock, in the SQL states H2 and PostgreSQL use; MariaDB says 23000 and tells
     * its cases apart by error code (duplicate key, row referenced, parent row missing).
     */
    private static final Set<String> RACE_STATES = Set.of("23505", "23503", "23506", "40001", "40P01");

    private static final Set<Integer> MARIADB_RACE_CODES = Set.of(1062, 1451, 1452, 1213);

    @AroundInvoke
    Object reportLostRaces(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (PluginException refusal) {
            throw refusal;
        } catch (RuntimeException failure) {
            if (isLostRace(failure)) {
                throw new ConcurrentChangeException(failure);
            }
            throw failure;
        }
    }

    /** Also asked by the REST layer for races that end outside a marked service. */
    public static boolean isLostRace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException
                    || cause instanceof EntityNotFoundException
                    || cause.getClass()
                            .getName()
                            .equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
            if (cause instanceof SQLException sql
                    && (RACE_STATES.contains(sql.getSQLState()) || MARIADB_RACE_CODES.contains(sql.getErrorCode()))) {
                return true;
            }
        }
        return false;
    }
}
