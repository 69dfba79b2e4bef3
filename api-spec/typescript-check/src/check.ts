// What a frontend does with the generated types: a typed client against a running server, through the
// life of one task. Every call here is type-checked against openapi.yaml (npm run typecheck).
//
//   TASKAPI_BASE_URL=http://localhost:8080 npm run check
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "../generated/taskapi.js";
import { signIn } from "./token.js";

type Task = components["schemas"]["Task"];

function setting(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (value === undefined || value === "") {
    throw new Error(`Set ${name}`);
  }
  return value;
}

const baseUrl = setting("TASKAPI_BASE_URL", "http://localhost:8080").replace(/\/$/, "");
const api = createClient<paths>({ baseUrl });
const token = await signIn(api, `ts-client-${randomUUID()}@example.com`, "correct horse battery staple");
const bearer: Middleware = {
  onRequest({ request }) {
    request.headers.set("Authorization", `Bearer ${token}`);
    return request;
  },
};

let passed = 0;
async function step(name: string, run: () => Promise<void>): Promise<void> {
  await run();
  passed++;
  console.log(`ok - ${name}`);
}

let task: Task | undefined;
let etag = "";

await step("the server is healthy, without a token", async () => {
  const { data, response } = await api.GET("/api/v1/health");
  assert.equal(response.status, 200);
  assert.ok(data && ["healthy", "degraded"].includes(data.status), `status ${data?.status}`);
  assert.equal(data.services.database.status, "up");
});

api.use(bearer);

await step("create a task", async () => {
  const { data, error, response } = await api.POST("/api/v1/tasks", {
    params: { header: { "Idempotency-Key": randomUUID() } },
    body: { title: "Write the quarterly report", due_at: "2026-12-01T17:00:00Z" },
  });
  assert.equal(response.status, 201, JSON.stringify(error));
  assert.ok(data);
  assert.equal(data.title, "Write the quarterly report");
  assert.equal(data.completed, false);
  assert.equal(data.completed_at, null);
  assert.equal(response.headers.get("Location"), `/api/v1/tasks/${data.id}`);
  task = data;
});

await step("list the caller's tasks", async () => {
  const { data, response } = await api.GET("/api/v1/tasks", { params: { query: { sort: "-created_at", limit: 10 } } });
  assert.equal(response.status, 200);
  assert.ok(data);
  assert.deepEqual(data.items.map((item) => item.id), [task?.id]);
  assert.equal(data.next_cursor, null);
});

await step("get the task, with its ETag", async () => {
  const { data, response } = await api.GET("/api/v1/tasks/{task_id}", {
    params: { path: { task_id: task?.id ?? "" } },
  });
  assert.equal(response.status, 200);
  assert.deepEqual(data, task);
  etag = response.headers.get("ETag") ?? "";
  assert.match(etag, /^"[^"]*"$/);
});

await step("mark it done with a merge patch, only if unchanged since that ETag", async () => {
  const { data, error, response } = await api.PATCH("/api/v1/tasks/{task_id}", {
    params: { path: { task_id: task?.id ?? "" }, header: { "If-Match": etag } },
    headers: { "Content-Type": "application/merge-patch+json" },
    body: { completed: true },
  });
  assert.equal(response.status, 200, JSON.stringify(error));
  assert.ok(data);
  assert.equal(data.completed, true);
  assert.ok(data.completed_at, "completed_at is set");
  assert.notEqual(response.headers.get("ETag"), etag);
});

await step("a write with the old ETag is refused as a problem", async () => {
  const { error, response } = await api.PATCH("/api/v1/tasks/{task_id}", {
    params: { path: { task_id: task?.id ?? "" }, header: { "If-Match": etag } },
    body: { title: "Lost update" },
  });
  assert.equal(response.status, 412);
  assert.equal(error?.error, "precondition_failed");
});

await step("delete the task; then it is gone", async () => {
  const deleted = await api.DELETE("/api/v1/tasks/{task_id}", { params: { path: { task_id: task?.id ?? "" } } });
  assert.equal(deleted.response.status, 204);
  const { error, response } = await api.GET("/api/v1/tasks/{task_id}", {
    params: { path: { task_id: task?.id ?? "" } },
  });
  assert.equal(response.status, 404);
  assert.equal(error?.error, "not_found");
});

console.log(`${passed} passed, 0 failed`);
