import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Logout-all ends the access tokens the built-in identity provider gave the account, the one
        it was called with included: such a token is refused with 401 invalid_token from then on,
        though it has not expired. The stub gives this answer to the token "revoked-token".
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/logout-all'
        headers {
            header(authorization(), $(consumer('Bearer revoked-token'), producer(execute('revokedBuiltInToken()'))))
        }
    }
    response {
        status UNAUTHORIZED()
        headers {
            contentType('application/problem+json')
            header('WWW-Authenticate', $(consumer('Bearer error="invalid_token", error_description="The token was refused"'), producer(regex('Bearer error="invalid_token".*'))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/invalid-token',
                title: 'Unauthorized',
                status: 401,
                detail: $(consumer('The bearer token is missing, malformed, expired or not from a trusted issuer.'), producer(regex('.+'))),
                instance: '/api/v1/auth/logout-all',
                error: 'invalid_token',
                message: $(consumer('The bearer token is missing, malformed, expired or not from a trusted issuer.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
