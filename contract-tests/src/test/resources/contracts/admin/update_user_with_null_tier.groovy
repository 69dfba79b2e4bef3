import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        In this merge patch null clears nothing: every account has a tier, so null for tier answers
        422 null_not_allowed, and the account stays as it is.
    '''
    priority 1
    request {
        method PATCH()
        url $(consumer(regex('/api/v1/admin/users/' + uuid().pattern())), producer(execute('callerAdminPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('adminToken()'))))
            contentType('application/merge-patch+json')
        }
        body(
                tier: null
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
                instance: $(consumer(fromRequest().path()), producer(regex('/api/v1/admin/users/' + uuid().pattern()))),
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'tier',
                        message: $(consumer('must not be null'), producer(regex('.+'))),
                        code: 'null_not_allowed'
                ]]
        )
    }
}
