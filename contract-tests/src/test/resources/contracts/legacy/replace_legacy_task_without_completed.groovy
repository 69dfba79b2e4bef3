import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A replace sets every writable field, so completed is required: without it the answer is 422
        validation_failed with the code required. The stub gives this answer to the title "A replace
        without completed".
    '''
    priority 1
    request {
        method PUT()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/' + uuid().pattern())), producer(execute('legacyTaskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
        }
        body(
                title: $(consumer('A replace without completed'), producer('Write the quarterly report'))
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
                        field: 'completed',
                        message: $(consumer('must not be null'), producer(regex('.+'))),
                        code: 'required'
                ]]
        )
    }
}
