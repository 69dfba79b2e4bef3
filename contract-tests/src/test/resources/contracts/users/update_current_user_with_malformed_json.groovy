import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A body that is not JSON at all (here, cut off before its closing brace) answers 400
        malformed_json. The account stays as it is.
    '''
    priority 1
    request {
        method PATCH()
        url '/api/v1/users/me'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType('application/merge-patch+json')
        }
        body(equalTo('{"display_name": "Ada King"'))
    }
    response {
        status BAD_REQUEST()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/malformed-json',
                title: 'Bad Request',
                status: 400,
                detail: $(consumer('The request body is not valid JSON.'), producer(regex('.+'))),
                instance: '/api/v1/users/me',
                error: 'malformed_json',
                message: $(consumer('The request body is not valid JSON.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
