package dev.taskapi.sdk;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.taskapi.client.model.Task;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A list is one stream over every page, following next_cursor, with the query's filters on every request. */
class PagingTest extends WireMockSupport {

    private static final String TASKS = "/api/v1/tasks";

    @Test
    void theStreamFollowsNextCursorThroughEveryPage() {
        stubPage(null, "cursor2", "First", "Second");
        stubPage("cursor2", "cursor3", "Third", "Fourth");
        stubPage("cursor3", null, "Fifth");

        List<String> titles = clientWithToken().build().tasks().list().map(Task::getTitle).toList();

        assertThat(titles).containsExactly("First", "Second", "Third", "Fourth", "Fifth");
        api.verify(3, getRequestedFor(urlPathEqualTo(TASKS)));
    }

    @Test
    void everyPageRequestCarriesTheFiltersSortAndPageSize() {
        stubPage(null, "cursor2", "First");
        stubPage("cursor2", null, "Second");

        TaskQuery query = TaskQuery.all().completed(false).containing("quarterly report")
                .dueBefore(OffsetDateTime.parse("2026-12-31T00:00:00Z")).sort(TaskSort.DUE_AT).pageSize(1);
        assertThat(clientWithToken().build().tasks().list(query)).hasSize(2);

        for (String cursor : new String[] {null, "cursor2"}) {
            api.verify(1, getRequestedFor(urlPathEqualTo(TASKS))
                    .withQueryParam("completed", equalTo("false"))
                    .withQueryParam("q", equalTo("quarterly report"))
                    .withQueryParam("due_before", equalTo("2026-12-31T00:00:00Z"))
                    .withQueryParam("sort", equalTo("due_at"))
                    .withQueryParam("limit", equalTo("1"))
                    .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor)));
        }
    }

    @Test
    void aStreamStoppedEarlyFetchesNoFurtherPages() {
        stubPage(null, "cursor2", "First", "Second");
        stubPage("cursor2", null, "Third");

        List<String> firstTwo = clientWithToken().build().tasks().list().limit(2).map(Task::getTitle).toList();

        assertThat(firstTwo).containsExactly("First", "Second");
        api.verify(1, getRequestedFor(urlPathEqualTo(TASKS)));
    }

    @Test
    void anEmptyListIsAnEmptyStream() {
        stubPage(null, null);

        assertThat(clientWithToken().build().tasks().list()).isEmpty();
    }

    @Test
    void onePageAtATimeForCallersThatKeepTheCursor() {
        stubPage(null, "cursor2", "First");

        var page = clientWithToken().build().tasks().page(TaskQuery.all(), null);

        assertThat(page.getItems()).extracting(Task::getTitle).containsExactly("First");
        assertThat(page.getNextCursor()).isEqualTo("cursor2");
    }

    /** A page shaped like the spec's TaskPage example, holding tasks shaped like its Task example. */
    private static void stubPage(@Nullable String cursor, @Nullable String nextCursor, String... titles) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Map<String, Object> task = SpecExamples.example("Task");
            task.put("id", String.format("0b9f5a52-3c0e-4c47-9a35-%012d", titles[i].hashCode() & 0x7fffffff));
            task.put("title", titles[i]);
            items.add(task);
        }
        Map<String, Object> page = new LinkedHashMap<>(SpecExamples.example("TaskPage"));
        page.put("items", items);
        page.put("next_cursor", nextCursor);
        api.stubFor(get(urlPathEqualTo(TASKS))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
                .willReturn(json(200, SpecExamples.json(page))));
    }
}
