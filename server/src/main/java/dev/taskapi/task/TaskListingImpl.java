package dev.taskapi.task;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Builds the keyset query from fixed fragments. Only the ORDER BY expression varies, and it comes from
 * {@link TaskSort}, never from the request; every value is a bound parameter.
 */
class TaskListingImpl implements TaskListing {

    private static final TaskRowMapper ROW_MAPPER = new TaskRowMapper();

    private final NamedParameterJdbcTemplate jdbc;

    TaskListingImpl(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> findPage(UUID userId, TaskFilter filter, TaskSort sort, @Nullable TaskCursor after,
                               int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM tasks WHERE user_id = :userId");
        MapSqlParameterSource params = new MapSqlParameterSource("userId", userId).addValue("limit", limit);
        if (filter.completed() != null) {
            sql.append(" AND completed = :completed");
            params.addValue("completed", filter.completed());
        }
        if (filter.text() != null) {
            sql.append(" AND (title ILIKE :pattern OR description ILIKE :pattern)");
            params.addValue("pattern", "%" + escapeLike(filter.text()) + "%");
        }
        if (filter.dueBefore() != null) {
            sql.append(" AND due_at < :dueBefore");
            params.addValue("dueBefore", java.sql.Timestamp.from(filter.dueBefore()));
        }
        String direction = sort.descending() ? "DESC" : "ASC";
        if (after != null) {
            sql.append(" AND (").append(sort.keyExpression()).append(", id) ")
                    .append(sort.descending() ? "<" : ">")
                    .append(" (CAST(:afterKey AS ").append(sort.keyType()).append(")")
                    .append(sort.keyType().equals("text") ? " COLLATE \"C\"" : "")
                    .append(", :afterId)");
            params.addValue("afterKey", after.key()).addValue("afterId", after.lastId());
        }
        sql.append(" ORDER BY ").append(sort.keyExpression()).append(' ').append(direction)
                .append(", id ").append(direction)
                .append(" LIMIT :limit");
        return jdbc.query(sql.toString(), params, ROW_MAPPER);
    }

    /** ILIKE treats % and _ as wildcards; a search for "100%" means the characters themselves. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
