import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The deprecated list: the caller's tasks as a plain JSON array, with the filters of GET
        /api/v1/tasks but no cursor. The user_id in the path is the subject of the caller's token. The
        answer carries Deprecation and a Link to its v1 successor. The stub answers any user_id with
        this one-task list.
    '''
    request {
        method GET()
        urlPath $(consumer(regex('/api/(?!v1/)[^/]+/tasks')), producer(execute('legacyTasksPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
        }
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('Deprecation', $(consumer('@1767225600'), producer(regex('\\@[0-9]+'))))
            header('Link', '</api/v1/tasks>; rel="successor-version"')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body([[
                id: '0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77',
                title: 'Write the quarterly report',
                description: 'Numbers from finance first.',
                completed: false,
                due_at: '2026-12-01T17:00:00Z',
                completed_at: null,
                created_at: '2026-11-20T09:30:00Z',
                updated_at: '2026-11-20T09:30:00Z'
        ]])
        bodyMatchers {
            jsonPath('$', byType { occurrence(1) })
            jsonPath('$[0].id', byCommand('assertIsTheTask($it)'))
            jsonPath('$[0].title', byEquality())
            jsonPath('$[0].description', byEquality())
            jsonPath('$[0].completed', byEquality())
            jsonPath('$[0].due_at', byEquality())
            jsonPath('$[0].completed_at', byNull())
            jsonPath('$[0].created_at', byRegex(iso8601WithOffset()))
            jsonPath('$[0].updated_at', byRegex(iso8601WithOffset()))
        }
    }
}
