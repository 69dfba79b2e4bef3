import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Deleting the account needs a bearer token; without one the answer is 401 with the RFC 6750
        challenge in WWW-Authenticate, and nothing is deleted.
    '''
    priority 1
    request {
        method DELETE()
        url '/api/v1/users/me'
        headers {
            header(authorization(), absent())
        }
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
                instance: '/api/v1/users/me',
                error: 'unauthorized',
                message: $(consumer('This operation needs a bearer token in the Authorization header.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
