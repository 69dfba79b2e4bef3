import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Trade a refresh token for a new pair. The old refresh token is used up: keep the new one.
    '''
    request {
        method POST()
        url '/api/v1/auth/refresh'
        headers {
            contentType(applicationJson())
        }
        body(
                refresh_token: $(consumer(regex('[A-Za-z0-9_-]+')), producer('q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY'))
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
                refresh_token: $(consumer('W2mK8pQ4vN1xR7tY3bC6zD9fH0jL5sA2gE8uI4oP1rT'), producer(regex('[A-Za-z0-9_-]+'))),
                refresh_expires_in: 2592000
        )
    }
}
