import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A title must have at least one character. A request that breaks rules of the schema answers
        422 validation_failed, with one entry in errors per broken rule; an empty title breaks two,
        its minimum length and its pattern. The entries may come in any order.
    '''
    priority 1
    request {
        method POST()
        url '/api/v1/tasks'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
        }
        body(
                title: ''
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
                instance: '/api/v1/tasks',
                error: 'validation_failed',
                message: $(consumer('The request is not valid.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))),
                errors: [
                        [
                                field: 'title',
                                message: $(consumer('size must be between 1 and 500'), producer(regex('.+'))),
                                code: 'too_short'
                        ],
                        [
                                field: 'title',
                                message: $(consumer('must match "^[^\\x00]+$"'), producer(regex('.+'))),
                                code: 'pattern'
                        ]
                ]
        )
    }
}
