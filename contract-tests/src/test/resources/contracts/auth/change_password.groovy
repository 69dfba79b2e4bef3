import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Change the password with the current one. Every session ends, this one included.
    '''
    request {
        method POST()
        url '/api/v1/auth/password'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('builtInToken()'))))
            contentType(applicationJson())
        }
        body(
                current_password: $(consumer('correct horse battery staple'), producer('correct horse battery staple')),
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
