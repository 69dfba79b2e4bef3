import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Replace every writable field of a task. An omitted or null description or due_at is cleared;
        completed true sets completed_at. The answer is the task as it is now, with its new ETag.
        The stub answers any task id and any title with a task of that id and title.
    '''
    request {
        method PUT()
        url $(consumer(regex('/api/v1/tasks/' + uuid().pattern())), producer(execute('taskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
        }
        body(
                title: $(consumer(nonEmpty()), producer('Write the quarterly report')),
                description: 'Numbers from finance arrived.',
                completed: true,
                due_at: null
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
                title: fromRequest().body('$.title'),
                description: 'Numbers from finance arrived.',
                completed: true,
                due_at: null,
                completed_at: $(consumer('2026-11-21T10:00:00Z'), producer(regex(iso8601WithOffset()))),
                created_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset()))),
                updated_at: $(consumer('2026-11-21T10:00:00Z'), producer(regex(iso8601WithOffset())))
        )
    }
}
