import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A refresh token has only the characters A-Z, a-z, 0-9, "_" and "-": anything else answers
        422 pattern naming refresh_token, not 401. The stub gives this answer to the refresh token
        "not a token".
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/refresh'
        headers {
            contentType(applicationJson())
        }
        body(
                refresh_token: 'not a token'
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
                instance: '/api/v1/auth/refresh',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'refresh_token',
                        message: $(consumer('must match "^[A-Za-z0-9_-]+$"'), producer(regex('.+'))),
                        code: 'pattern'
                ]]
        )
    }
}
