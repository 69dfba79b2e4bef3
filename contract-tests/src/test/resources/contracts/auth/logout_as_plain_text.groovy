import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A body of a type the operation does not read answers 415 unsupported_media_type, naming the
        types it reads (application/json). The session goes on.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/logout'
        headers {
            contentType('text/plain')
        }
        body('q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY')
    }
    response {
        status UNSUPPORTED_MEDIA_TYPE()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/unsupported-media-type',
                title: 'Unsupported Media Type',
                status: 415,
                detail: $(consumer('Content-Type \'text/plain\' is not supported; use application/json.'), producer(regex('.+'))),
                instance: '/api/v1/auth/logout',
                error: 'unsupported_media_type',
                message: $(consumer('Content-Type \'text/plain\' is not supported; use application/json.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
