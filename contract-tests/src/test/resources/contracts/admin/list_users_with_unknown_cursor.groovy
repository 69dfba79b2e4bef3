import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A cursor that is not the next_cursor of a page of this list answers 422 invalid_value naming
        cursor: start again without it. The stub gives this answer to the cursor "not-a-cursor".
    '''
    priority 1
    request {
        method GET()
        urlPath('/api/v1/admin/users') {
            queryParameters {
                parameter('cursor', 'not-a-cursor')
            }
        }
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('adminToken()'))))
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
                instance: '/api/v1/admin/users',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'cursor',
                        message: $(consumer('is not a cursor of this list; start again without it'), producer(regex('.+'))),
                        code: 'invalid_value'
                ]]
        )
    }
}
