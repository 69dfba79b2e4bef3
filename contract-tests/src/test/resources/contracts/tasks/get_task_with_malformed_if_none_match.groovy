import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A conditional header that is not a list of entity tags answers 422 validation_failed naming the
        header. The stub gives this answer to If-None-Match: abc.
    '''
    priority 1
    request {
        method GET()
        url $(consumer(regex('/api/v1/tasks/' + uuid().pattern())), producer(execute('taskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            header('If-None-Match', 'abc')
        }
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
                instance: $(consumer(fromRequest().path()), producer(execute('assertIsTheTaskPath($it)'))),
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'If-None-Match',
                        message: $(consumer('must match an entity tag list'), producer(regex('.+'))),
                        code: 'pattern'
                ]]
        )
    }
}
