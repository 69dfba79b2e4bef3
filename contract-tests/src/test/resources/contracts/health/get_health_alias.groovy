import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The same health report at /health, the path load balancers probe by default. Public: no token
        needed. A dependency that is not configured (here Redis) is disabled, so its latency_ms is null.
    '''
    request {
        method GET()
        url '/health'
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                status: 'healthy',
                version: $(consumer('1.0.0'), producer(regex('[ -~]+'))),
                environment: $(consumer('production'), producer(regex('[ -~]+'))),
                services: [
                        database: [
                                status: 'up',
                                latency_ms: $(consumer(1.7), producer(regex(number())))
                        ],
                        redis: [
                                status: 'disabled',
                                latency_ms: null,
                                detail: $(consumer('not configured'), producer(regex('[ -~]*')))
                        ],
                        identity_provider: [
                                status: 'up',
                                latency_ms: $(consumer(0.1), producer(regex(number()))),
                                detail: $(consumer('no remote key sets'), producer(regex('[ -~]*')))
                        ]
                ]
        )
    }
}
