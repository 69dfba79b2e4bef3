package dev.taskapi.example;

import dev.taskapi.client.model.Task;
import dev.taskapi.client.model.TaskCreate;
import dev.taskapi.sdk.TaskApiClient;
import dev.taskapi.sdk.TaskQuery;
import dev.taskapi.sdk.TaskSort;

/**
 * The Java SDK example of the README, exactly: a test checks that the README holds the lines between the
 * markers, and runs them. It lives outside the SDK's package, so it can use only what SDK users can.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    public static void run(String baseUrl) {
        // README example: start
        TaskApiClient client = TaskApiClient.builder()
                .baseUrl(baseUrl)
                .credentials("ada@example.com", "correct horse battery staple")
                .build();

        Task task = client.tasks().create(new TaskCreate().title("Buy milk"));
        client.tasks().update(task.getId(), patch -> patch.completed(true));

        client.tasks().list(TaskQuery.all().completed(false).sort(TaskSort.DUE_AT))
                .forEach(open -> System.out.println(open.getTitle() + " is due " + open.getDueAt()));
        // README example: end
    }
}
