import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A refresh token that is unknown, expired, revoked or already used is 401 invalid_token: sign in
        again. The stub answers this for the token "revoked".
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/refresh'
        headers {
            contentType(applicationJson())
        }
        body(
                refresh_token: 'revoked'
        )
    }
    response {
        status UNAUTHORIZED()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/invalid-token',
                title: 'Unauthorized',
                status: 401,
                detail: 'The refresh token is unknown, expired or revoked; sign in again.',
                instance: '/api/v1/auth/refresh',
                error: 'invalid_token',
                message: 'The refresh token is unknown, expired or revoked; sign in again.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
