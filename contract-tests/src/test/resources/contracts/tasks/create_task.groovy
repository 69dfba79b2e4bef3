import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Create a task; only the title is required. The answer is 201 with the new task, its URL in
        Location and its ETag. The stub accepts any non-empty title and answers with that title.
    '''
    request {
        method POST()
        url '/api/v1/tasks'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
        }
        body(
                title: $(consumer(nonEmpty()), producer('Buy milk'))
        )
    }
    response {
        status CREATED()
        headers {
            contentType(applicationJson())
            header('Location', $(consumer('/api/v1/tasks/0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77'),
                    producer(regex('/api/v1/tasks/' + uuid().pattern()))))
            header('ETag', $(consumer('"0"'), producer(regex(/\"[^\"]*\"/))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                id: $(consumer('0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77'), producer(regex(uuid()))),
                title: fromRequest().body('$.title'),
                description: null,
                completed: false,
                due_at: null,
                completed_at: null,
                created_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset()))),
                updated_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset())))
        )
    }
}
