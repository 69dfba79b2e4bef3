import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A body of a type the operation does not read answers 415 unsupported_media_type, naming the
        types it reads (application/merge-patch+json or application/json). The account stays as it
        is.
    '''
    priority 1
    request {
        method PATCH()
        url '/api/v1/users/me'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType('text/plain')
        }
        body('Ada King')
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
                detail: $(consumer('Content-Type \'text/plain\' is not supported; use application/merge-patch+json or application/json.'), producer(regex('.+'))),
                instance: '/api/v1/users/me',
                error: 'unsupported_media_type',
                message: $(consumer('Content-Type \'text/plain\' is not supported; use application/merge-patch+json or application/json.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
