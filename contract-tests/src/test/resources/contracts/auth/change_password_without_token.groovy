import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Changing the password needs the bearer token of the account; without one the answer is 401
        with the RFC 6750 challenge in WWW-Authenticate. (A forgotten password is reset with
        password-reset instead.)
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/password'
        headers {
            header(authorization(), absent())
            contentType(applicationJson())
        }
        body(
                current_password: 'correct horse battery staple',
                new_password: $(consumer(regex('.{8,128}')), producer('tr0ub4dor and three more words'))
        )
    }
    response {
        status UNAUTHORIZED()
        headers {
            contentType('application/problem+json')
            header('WWW-Authenticate', $(consumer('Bearer'), producer(regex('Bearer( .*)?'))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/unauthorized',
                title: 'Unauthorized',
                status: 401,
                detail: $(consumer('This operation needs a bearer token in the Authorization header.'), producer(regex('.+'))),
                instance: '/api/v1/auth/password',
                error: 'unauthorized',
                message: $(consumer('This operation needs a bearer token in the Authorization header.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
