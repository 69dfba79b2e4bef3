import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A wrong password, or an email nobody registered, is the same 401 invalid_credentials: the answer
        does not tell whether the account exists. The stub answers this to any password but the right one.
    '''
    priority 2
    request {
        method POST()
        url '/api/v1/auth/login'
        headers {
            contentType(applicationJson())
        }
        body(
                email: $(consumer(regex('[^@\\s]+@[^@\\s]+')), producer('ada@example.com')),
                password: $(consumer(regex('.+')), producer('not the password'))
        )
    }
    response {
        status UNAUTHORIZED()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/invalid-credentials',
                title: 'Unauthorized',
                status: 401,
                detail: 'The email or the password is wrong.',
                instance: '/api/v1/auth/login',
                error: 'invalid_credentials',
                message: 'The email or the password is wrong.',
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
