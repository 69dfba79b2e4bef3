import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A password needs at least 8 characters: a shorter one is 422 validation_failed naming the field.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/auth/register'
        headers {
            contentType(applicationJson())
        }
        body(
                email: $(consumer(regex('[^@\\s]+@[^@\\s]+')), producer('new@example.com')),
                password: $(consumer(regex('.{0,7}')), producer('short'))
        )
    }
    response {
        status UNPROCESSABLE_ENTITY()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/validation-failed',
                title: 'Unprocessable Content',
                status: 422,
                detail: $(consumer('The request is not valid.'), producer(regex('.+'))),
                instance: '/api/v1/auth/register',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [
                        [
                                field: 'password',
                                message: $(consumer('size must be between 8 and 128'), producer(regex('.+'))),
                                code: 'too_short'
                        ]
                ]
        )
    }
}
