import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        An administrator lists accounts, newest first, keeping those whose email contains the text in
        email (ignoring case). The stub answers any such search with one page of one account.
    '''
    request {
        method GET()
        urlPath('/api/v1/admin/users') {
            queryParameters {
                parameter('email', $(consumer(regex('.+')), producer('ada@example.com')))
                parameter('limit', $(consumer(regex('[0-9]+')), producer('20')))
            }
        }
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('adminToken()'))))
        }
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                items: [
                        [
                                id: $(consumer('6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f'), producer(regex(uuid()))),
                                subject: $(consumer('6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f'), producer(regex(uuid()))),
                                issuer: 'taskapi',
                                email: 'ada@example.com',
                                display_name: null,
                                tier: 'free',
                                roles: [],
                                disabled: false,
                                created_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset())))
                        ]
                ],
                next_cursor: null
        )
    }
}
