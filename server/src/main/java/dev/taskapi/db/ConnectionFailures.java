package dev.taskapi.db;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/** Which database failures mean "not reachable right now" rather than "something is wrong with us". */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01 to 57P03 (the server is shutting down, crashed or is
     * still starting) and 53300 (too many connections): all pass when the database is back. A wrong
     * password (28P01) or a missing database (3D000) does not, and is not one of them.
     */
    public static boolean isConnectionFailure(@Nullable String sqlState) {
        return sqlState != null
                && (sqlState.startsWith("08") || sqlState.startsWith("57P") || sqlState.equals("53300"));
    }

    public static boolean isConnectionFailure(SQLException failure) {
        return isConnectionFailure(failure.getSQLState());
    }
}
