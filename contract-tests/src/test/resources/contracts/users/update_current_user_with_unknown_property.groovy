import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Users change their display name only: tier (an administrator's to change) or any other
        property the schema does not define answers 422 unknown_property, and nothing changes.
    '''
    priority 1
    request {
        method PATCH()
        url '/api/v1/users/me'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType('application/merge-patch+json')
        }
        body(
                tier: 'pro'
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
                instance: '/api/v1/users/me',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'tier',
                        message: $(consumer('is not a property of this request'), producer(regex('.+'))),
                        code: 'unknown_property'
                ]]
        )
    }
}
