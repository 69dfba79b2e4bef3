import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A wrong current password is 403 invalid_credentials, and the password stays as it is. The stub
        answers this to any current password but the right one.
    '''
    priority 2
    request {
        method POST()
        url '/api/v1/auth/password'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('builtInToken()'))))
            contentType(applicationJson())
        }
        body(
                current_password: $(consumer(regex('.+')), producer('not the password')),
                new_password: $(consumer(regex('.{8,128}')), producer('tr0ub4dor and three more words'))
        )
    }
    response {
        status FORBIDDEN()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/invalid-credentials',
                title: 'Forbidden',
                status: 403,
                detail: 'The current password is wrong.',
                instance: '/api/v1/auth/password',
                error: 'invalid_credentials',
                message: 'The current password is wrong.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
