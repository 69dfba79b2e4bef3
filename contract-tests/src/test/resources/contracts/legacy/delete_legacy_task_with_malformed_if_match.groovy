import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        An If-Match that is not * or a list of entity tags answers 422 validation_failed naming the
        header, and the task stays. The stub gives this answer to If-Match: abc.
    '''
    priority 1
    request {
        method DELETE()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/' + uuid().pattern())), producer(execute('legacyTaskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            header('If-Match', 'abc')
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
                instance: $(consumer(fromRequest().path()), producer(execute('assertIsTheLegacyTaskPath($it)'))),
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'If-Match',
                        message: $(consumer('must match an entity tag list'), producer(regex('.+'))),
                        code: 'pattern'
                ]]
        )
    }
}
