import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A reset token that is unknown, used or older than 30 minutes is 400 invalid_reset_token. The stub
        answers this for the token "expired".
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/password-reset/confirm'
        headers {
            contentType(applicationJson())
        }
        body(
                token: 'expired',
                new_password: $(consumer(regex('.{8,128}')), producer('tr0ub4dor and three more words'))
        )
    }
    response {
        status BAD_REQUEST()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/invalid-reset-token',
                title: 'Bad Request',
                status: 400,
                detail: 'The reset token is unknown, used or expired; request a new one.',
                instance: '/api/v1/auth/password-reset/confirm',
                error: 'invalid_reset_token',
                message: 'The reset token is unknown, used or expired; request a new one.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
