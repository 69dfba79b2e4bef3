import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        An Idempotency-Key names one request, on the legacy path as on v1: sent again with another body,
        the answer is 409 idempotency_conflict and nothing is created. The stub gives this answer to the
        key "already-used-for-another-task".
    '''
    priority 1
    request {
        method POST()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks')), producer(execute('legacyTasksPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
            header('Idempotency-Key', $(consumer('already-used-for-another-task'), producer(execute('idempotencyKeyUsedForAnotherTask()'))))
        }
        body(
                title: 'Buy milk'
        )
    }
    response {
        status CONFLICT()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/idempotency-conflict',
                title: 'Conflict',
                status: 409,
                detail: $(consumer('This Idempotency-Key was already used with a different request body.'), producer(regex('.+'))),
                instance: $(consumer(fromRequest().path()), producer(execute('assertIsTheLegacyTasksPath($it)'))),
                error: 'idempotency_conflict',
                message: $(consumer('This Idempotency-Key was already used with a different request body.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
