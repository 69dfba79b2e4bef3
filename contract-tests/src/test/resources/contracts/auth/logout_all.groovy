import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        End every session of the caller, and every access token the built-in identity provider gave it.
    '''
    request {
        method POST()
        url '/api/v1/auth/logout-all'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('builtInToken()'))))
        }
    }
    response {
        status NO_CONTENT()
        headers {
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
