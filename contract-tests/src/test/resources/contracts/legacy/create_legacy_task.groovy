import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The deprecated create: the same as POST /api/v1/tasks, answered with 201, the new task, its URL
        under the legacy path in Location and its ETag, plus Deprecation and a Link to the v1 path. The
        stub accepts any non-empty title and answers with that title.
    '''
    request {
        method POST()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks')), producer(execute('legacyTasksPath()')))
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
            header('Location', $(consumer('/api/user_2NNEqL2nrIRdJ194ndJqAHwEfxC/tasks/0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77'),
                producer(regex('/api/[^/]+/tasks/' + uuid().pattern()))))
            header('ETag', $(consumer('"0"'), producer(regex(/\"[^\"]*\"/))))
            header('Deprecation', $(consumer('@1767225600'), producer(regex('\\@[0-9]+'))))
            header('Link', '</api/v1/tasks>; rel="successor-version"')
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
