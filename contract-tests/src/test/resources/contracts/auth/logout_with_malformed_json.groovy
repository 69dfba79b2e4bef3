import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A body that is not JSON at all (here, cut off before its closing brace) answers 400
        malformed_json. Unlike an unknown refresh token, which is 204, this is an error to fix.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/logout'
        headers {
            contentType(applicationJson())
        }
        body(equalTo('{"refresh_token": "q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY"'))
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
                instance: '/api/v1/auth/logout',
                error: 'malformed_json',
                message: $(consumer('The request body is not valid JSON.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
