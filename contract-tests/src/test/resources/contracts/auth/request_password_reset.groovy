import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        Ask for a reset token by mail. Always 202, whether or not an account has the email.
    '''
    request {
        method POST()
        url '/api/v1/auth/password-reset'
        headers {
            contentType(applicationJson())
        }
        body(
                email: $(consumer(regex('[^@\\s]+@[^@\\s]+')), producer('reset@example.com'))
        )
    }
    response {
        status ACCEPTED()
        headers {
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
