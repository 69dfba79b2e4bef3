import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Delete the caller's account and all its tasks. The answer is 204 without a body.
    '''
    request {
        method DELETE()
        url '/api/v1/users/me'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
        }
    }
    response {
        status NO_CONTENT()
        headers {
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
