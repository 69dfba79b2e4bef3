import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Request bodies are strict on the legacy paths too: a property the schema does not define (here
        user_id; the owner of a task is always the caller) answers 422 and nothing is created.
    '''
    priority 1
    request {
        method POST()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks')), producer(execute('legacyTasksPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
        }
        body(
                title: 'Buy milk',
                user_id: 'someone-else'
        )
    }
    response {
        status UNPROCESSABLE_ENTITY()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/validation-failed',
                title: 'Unprocessable Content',
                status: 422,
                detail: $(consumer('The request is not valid.'), producer(regex('.+'))),
                instance: $(consumer(fromRequest().path()), producer(execute('assertIsTheLegacyTasksPath($it)'))),
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'user_id',
                        message: $(consumer('is not a property of this request'), producer(regex('.+'))),
                        code: 'unknown_property'
                ]]
        )
    }
}
