package dev.taskapi.task;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Tasks, always looked up through their owner: there is deliberately no {@code findById}, so no code
 * path can reach a task without saying whose it must be.
 */
interface TaskRepository extends Repository<Task, UUID>, TaskListing {

    @Query(value = "SELECT * FROM tasks WHERE id = :id AND user_id = :userId", rowMapperClass = TaskRowMapper.class)
    Optional<Task> findByIdAndUserId(UUID id, UUID userId);

    /** The task, locked until the transaction ends: writers to one task take turns instead of racing. */
    @Query(value = "SELECT * FROM tasks WHERE id = :id AND user_id = :userId FOR UPDATE",
            rowMapperClass = TaskRowMapper.class)
    Optional<Task> lockByIdAndUserId(UUID id, UUID userId);

    /** Inserts a new task, or updates one only if it is still at the version it was read at. */
    Task save(Task task);

    @Modifying
    @Query("DELETE FROM tasks WHERE id = :id AND user_id = :userId")
    int deleteByIdAndUserId(UUID id, UUID userId);

    @Modifying
    @Query("DELETE FROM tasks WHERE id = :id AND user_id = :userId AND version = :version")
    int deleteByIdAndUserIdAndVersion(UUID id, UUID userId, long version);
}
