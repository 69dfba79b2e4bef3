import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Callers without the admin role get 403 on every admin operation, even for their own account:
        a user cannot change its own tier. The stub answers this to the token "Bearer not-an-admin".
    '''
    priority 1
    request {
        method PATCH()
        url $(consumer(regex('/api/v1/admin/users/' + uuid().pattern())), producer(execute('callerAdminPath()')))
        headers {
            header(authorization(), $(consumer('Bearer not-an-admin'), producer(execute('validToken()'))))
            contentType('application/merge-patch+json')
        }
        body(
                tier: 'pro'
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
                detail: $(consumer('You may not perform this operation.'), producer(regex('.+'))),
                instance: $(consumer(fromRequest().path()), producer(regex('/api/v1/admin/users/' + uuid().pattern()))),
                error: 'forbidden',
                message: $(consumer('You may not perform this operation.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
