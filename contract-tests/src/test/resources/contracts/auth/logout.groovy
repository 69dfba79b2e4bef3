import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        End the session a refresh token belongs to. Always 204, also for tokens that are unknown.
    '''
    request {
        method POST()
        url '/api/v1/auth/logout'
        headers {
            contentType(applicationJson())
        }
        body(
                refresh_token: $(consumer(regex('[A-Za-z0-9_-]+')), producer('q7Jr0bX9cT2mW4yZ8kP1vN6sD3fH5gL0aE7uI2oR9tY'))
        )
    }
    response {
        status NO_CONTENT()
        headers {
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
