import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Set a new password with the mailed token. The token is used up, and every session of the
        account ends.
    '''
    request {
        method POST()
        url '/api/v1/auth/password-reset/confirm'
        headers {
            contentType(applicationJson())
        }
        body(
                token: $(consumer(regex('[A-Za-z0-9_-]+')), producer('mB3xV8nQ1rT6yU0wE4iO7pA2sD5fG9hJkL3zX6cVbN8')),
                new_password: $(consumer(regex('.{8,128}')), producer('tr0ub4dor and three more words'))
        )
    }
    response {
        status NO_CONTENT()
        headers {
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
