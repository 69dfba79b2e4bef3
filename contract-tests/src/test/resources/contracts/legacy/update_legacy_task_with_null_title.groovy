import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        null for title, which a task always has, answers 422 validation_failed with the code
        null_not_allowed, and the task stays as it was.
    '''
    priority 1
    request {
        method PATCH()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/' + uuid().pattern())), producer(execute('legacyTaskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType('application/merge-patch+json')
        }
        body(
                title: null
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
                instance: $(consumer(fromRequest().path()), producer(execute('assertIsTheLegacyTaskPath($it)'))),
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'title',
                        message: $(consumer('must not be null'), producer(regex('.+'))),
                        code: 'null_not_allowed'
                ]]
        )
    }
}
