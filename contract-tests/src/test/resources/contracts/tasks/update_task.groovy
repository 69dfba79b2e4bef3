import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Change some fields of a task with a JSON Merge Patch (RFC 7396): absent fields stay as they
        are. Here the task is marked as done, which sets completed_at. The stub answers any task id
        with a task of that id.
    '''
    request {
        method PATCH()
        url $(consumer(regex('/api/v1/tasks/' + uuid().pattern())), producer(execute('taskPath()')))
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
