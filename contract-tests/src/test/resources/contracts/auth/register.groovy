import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Create an account with an email and a password (8 to 128 characters). The answer is 201 with
        the account and a token pair, as a login would give; Cache-Control: no-store keeps the tokens
        out of caches.
    '''
    request {
        method POST()
        url '/api/v1/auth/register'
        headers {
            contentType(applicationJson())
        }
        body(
                email: $(consumer(regex('[^@\\s]+@[^@\\s]+')), producer('new@example.com')),
                password: $(consumer(regex('.{8,128}')), producer('correct horse battery staple')),
                display_name: 'Ada Lovelace'
        )
    }
    response {
        status CREATED()
        headers {
            contentType(applicationJson())
            header('Location', '/api/v1/users/me')
            header('Cache-Control', 'no-store')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                user: [
                        id: $(consumer('6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f'), producer(regex(uuid()))),
                        subject: $(consumer('6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f'), producer(regex(uuid()))),
                        issuer: 'taskapi',
                        email: $(consumer('ada@example.com'), producer(regex('.+@example\\.com'))),
                        display_name: 'Ada Lovelace',
                        tier: 'free',
                        roles: [],
                        disabled: false,
                        created_at: $(consumer('2026-11-20T09:30:00Z'), producer(regex(iso8601WithOffset())))
                ],
                tokens: [
                        access_token: $(consumer('eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiI2ZjFjMmQzZSJ9.c2lnbmF0dXJl'),
                                producer(regex('[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+'))),
                        token_type: 'bearer',
                        expires_in: 900,
                        refresh_token: $(consumer('q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY'), producer(regex('[A-Za-z0-9_-]+'))),
                        refresh_expires_in: 2592000
                ]
        )
    }
}
