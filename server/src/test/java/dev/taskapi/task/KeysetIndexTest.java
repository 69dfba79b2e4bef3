package dev.taskapi.task;

import java.util.List;
import java.util.UUID;

import dev.taskapi.testsupport.ApiTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each list order is served by its index, so a page costs the same on the 1st and the 1,000th page
 * and for a user with 10 tasks or 100,000. Checked with EXPLAIN on the exact SQL the list runs.
 */
class KeysetIndexTest extends ApiTestSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transaction;

    @ParameterizedTest
    @EnumSource(TaskSort.class)
    void everySortUsesItsIndex(TaskSort sort) {
        String sql = explainable(sort);
        List<String> plan = transaction.execute(status -> {
            // Without this the planner may prefer a sequential scan of a table this small.
            jdbc.execute("SET LOCAL enable_seqscan = off");
            return jdbc.queryForList("EXPLAIN " + sql, String.class);
        });
        String expectedIndex = switch (sort) {
            case CREATED_AT, CREATED_AT_DESC -> "tasks_user_created_idx";
            case DUE_AT, DUE_AT_DESC -> "tasks_user_due_idx";
            case TITLE -> "tasks_user_title_idx";
        };
        assertThat(String.join("\n", plan)).contains("Index Scan").contains(expectedIndex).doesNotContain("Sort  (");
    }

    /** The list query of the given sort, after a cursor, with its parameters inlined for EXPLAIN. */
    private static String explainable(TaskSort sort) {
        String key = sort.keyType().equals("text") ? "'m' COLLATE \"C\"" : "'2026-01-01T00:00:00Z'::timestamptz";
        String direction = sort.descending() ? "DESC" : "ASC";
        return "SELECT * FROM tasks WHERE user_id = '" + UUID.randomUUID() + "'"
                + " AND (" + sort.keyExpression() + ", id) " + (sort.descending() ? "<" : ">")
                + " (" + key + ", '" + UUID.randomUUID() + "')"
                + " ORDER BY " + sort.keyExpression() + " " + direction + ", id " + direction + " LIMIT 21";
    }
}
