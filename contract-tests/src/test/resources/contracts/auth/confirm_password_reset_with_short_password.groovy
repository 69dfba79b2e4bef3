import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A new password needs 8 to 128 characters: a shorter one answers 422 too_short naming
        new_password, and the reset token stays usable. The stub gives this answer to any new
        password under 8 characters.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/password-reset/confirm'
        headers {
            contentType(applicationJson())
        }
        body(
                token: $(consumer(regex('[A-Za-z0-9_-]+')), producer('mB3xV8nQ1rT6yU0wE4iO7pA2sD5fG9hJkL3zX6cVbN8')),
                new_password: $(consumer(regex('.{0,7}')), producer('short'))
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
                instance: '/api/v1/auth/password-reset/confirm',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [[
                        field: 'new_password',
                        message: $(consumer('size must be between 8 and 128'), producer(regex('.+'))),
                        code: 'too_short'
                ]]
        )
    }
}
