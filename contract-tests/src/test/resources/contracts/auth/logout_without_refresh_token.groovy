import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Logout always needs the refresh token of the session to end: a body without one answers 422
        required (while an unknown token is 204).
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/logout'
        headers {
            contentType(applicationJson())
        }
        body(equalTo('{}'))
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
                instance: '/api/v1/auth/logout',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'refresh_token',
                        message: $(consumer('must not be null'), producer(regex('.+'))),
                        code: 'required'
                ]]
        )
    }
}
