import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        List the caller's tasks, one page at a time; next_cursor is null on the last page. Only the
        caller's own tasks are listed: the caller here owns exactly one task, and that one task is
        all it gets, whatever other users own. The stub answers any query with this one-page list.
    '''
    request {
        method GET()
        urlPath '/api/v1/tasks'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
        }
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                items: [[
                        id: '0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77',
                        title: 'Write the quarterly report',
                        description: 'Numbers from finance first.',
                        completed: false,
                        due_at: '2026-12-01T17:00:00Z',
                        completed_at: null,
                        created_at: '2026-11-20T09:30:00Z',
                        updated_at: '2026-11-20T09:30:00Z'
                ]],
                next_cursor: null
        )
        bodyMatchers {
            jsonPath('$.items', byType { occurrence(1) })
            jsonPath('$.items[0].id', byCommand('assertIsTheTask($it)'))
            jsonPath('$.items[0].title', byEquality())
            jsonPath('$.items[0].description', byEquality())
            jsonPath('$.items[0].completed', byEquality())
            jsonPath('$.items[0].due_at', byEquality())
            jsonPath('$.items[0].completed_at', byNull())
            jsonPath('$.items[0].created_at', byRegex(iso8601WithOffset()))
            jsonPath('$.items[0].updated_at', byRegex(iso8601WithOffset()))
        }
    }
}
