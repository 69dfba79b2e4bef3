import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The deprecated merge patch: the same as PATCH /api/v1/tasks/{task_id}; absent fields stay as
        they are. The answer is the task as it is now with its new ETag, plus Deprecation and a Link to
        the v1 path. The stub answers any task id with a task of that id.
    '''
    request {
        method PATCH()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/' + uuid().pattern())), producer(execute('legacyTaskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType('application/merge-patch+json')
        }
        body(
                completed: true
        )
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('ETag', $(consumer('"1"'), producer(regex(/\"[^\"]*\"/))))
            header('Deprecation', $(consumer('@1767225600'), producer(regex('\\@[0-9]+'))))
            header('Link', $(consumer('</api/v1/tasks/0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77>; rel="successor-version"'),
                producer(regex('\\</api/v1/tasks/' + uuid().pattern() + '\\>; rel=\\"successor-version\\"'))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                id: $(consumer(fromRequest().path(3)), producer(execute('assertIsTheTask($it)'))),
                title: 'Write the quarterly report',
                description: 'Numbers from finance first.',
                completed: true,
                due_at: '2026-12-01T17:00:00Z',
                completed_at: $(consumer('2026-11-21T10:00:00Z'), producer(regex(iso8601WithOffset()))),
                created_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset()))),
                updated_at: $(consumer('2026-11-21T10:00:00Z'), producer(regex(iso8601WithOffset())))
        )
    }
}
