import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        The right password of a disabled account is 403 forbidden, not a token pair: an
        administrator disabled it. A wrong password is still 401, so only the owner learns this. The
        stub answers this for the email disabled@example.com.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/login'
        headers {
            contentType(applicationJson())
        }
        body(
                email: 'disabled@example.com',
                password: 'correct horse battery staple'
        )
    }
    response {
        status FORBIDDEN()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/forbidden',
                title: 'Forbidden',
                status: 403,
                detail: $(consumer('This account is disabled.'), producer(regex('.+'))),
                instance: '/api/v1/auth/login',
                error: 'forbidden',
                message: $(consumer('This account is disabled.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
