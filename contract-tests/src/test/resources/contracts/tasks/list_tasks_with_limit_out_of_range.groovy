import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A query parameter outside its range answers 422 validation_failed naming the parameter: limit is
        1 to 100. The stub gives this answer to limit=0.
    '''
    priority 1
    request {
        method GET()
        urlPath('/api/v1/tasks') {
            queryParameters {
                parameter('limit', '0')
            }
        }
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
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
                instance: '/api/v1/tasks',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'limit',
                        message: $(consumer('must be greater than or equal to 1'), producer(regex('.+'))),
                        code: 'out_of_range'
                ]]
        )
    }
}
