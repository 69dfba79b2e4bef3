import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        An email that is not an email address answers 422 invalid_format naming the field; any
        well-formed email is 202, known or not. The stub gives this answer to the email
        "not-an-email".
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/password-reset'
        headers {
            contentType(applicationJson())
        }
        body(
                email: 'not-an-email'
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
                instance: '/api/v1/auth/password-reset',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'email',
                        message: $(consumer('must be a well-formed email address'), producer(regex('.+'))),
                        code: 'invalid_format'
                ]]
        )
    }
}
