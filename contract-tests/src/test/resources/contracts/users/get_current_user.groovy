import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The account behind the bearer token. It is created on the caller's first authenticated
        request, on the free tier.
    '''
    request {
        method GET()
        url '/api/v1/users/me'
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
                id: $(consumer('6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f'), producer(regex(uuid()))),
                subject: $(consumer('user_2NNEqL2nrIRdJ194ndJqAHwEfxC'), producer(execute('assertIsTheCaller($it)'))),
                issuer: $(consumer('https://clerk.example.com'), producer(execute('assertIsTheIssuer($it)'))),
                email: null,
                display_name: null,
                tier: 'free',
                roles: [],
                disabled: false,
                created_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset())))
        )
    }
}
