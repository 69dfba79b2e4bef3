import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Callers without the admin role get 403 on every admin operation. The stub answers this to the
        token "Bearer not-an-admin".
    '''
    priority 1
    request {
        method GET()
        urlPath '/api/v1/admin/users'
        headers {
            header(authorization(), $(consumer('Bearer not-an-admin'), producer(execute('validToken()'))))
        }
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
                detail: 'You may not perform this operation.',
                instance: '/api/v1/admin/users',
                error: 'forbidden',
                message: 'You may not perform this operation.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
