import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Sign in with an email and its password. The answer is a token pair: a short-lived access token
        for Authorization: Bearer, and a refresh token for the next pair.
    '''
    request {
        method POST()
        url '/api/v1/auth/login'
        headers {
            contentType(applicationJson())
        }
        body(
                email: $(consumer(regex('[^@\\s]+@[^@\\s]+')), producer('ada@example.com')),
                password: $(consumer('correct horse battery staple'), producer('correct horse battery staple'))
        )
    }
    response {
        status OK()
        headers {
            contentType(applicationJson())
            header('Cache-Control', 'no-store')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                access_token: $(consumer('eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiI2ZjFjMmQzZSJ9.c2lnbmF0dXJl'),
                        producer(regex('[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+'))),
                token_type: 'bearer',
                expires_in: 900,
                refresh_token: $(consumer('q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY'), producer(regex('[A-Za-z0-9_-]+'))),
                refresh_expires_in: 2592000
        )
    }
}
