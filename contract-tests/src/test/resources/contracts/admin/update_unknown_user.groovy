import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        An id no account has is 404. The stub answers this for the id 00000000-0000-4000-8000-000000000000.
    '''
    priority 1
    request {
        method PATCH()
        url '/api/v1/admin/users/00000000-0000-4000-8000-000000000000'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('adminToken()'))))
            contentType('application/merge-patch+json')
        }
        body(
                tier: 'pro'
        )
    }
    response {
        status NOT_FOUND()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/not-found',
                title: 'Not Found',
                status: 404,
                detail: 'There is no such user.',
                instance: '/api/v1/admin/users/00000000-0000-4000-8000-000000000000',
                error: 'not_found',
                message: 'There is no such user.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
