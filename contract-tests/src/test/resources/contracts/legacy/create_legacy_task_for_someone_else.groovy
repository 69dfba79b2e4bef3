import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A user_id in the path that is not the caller's (neither the subject of its token nor its id)
        answers 403 forbidden, whatever else the request says. The stub gives this answer for the
        user_id "someone-else". Nothing is created.
    '''
    priority 2
    request {
        method POST()
        url '/api/someone-else/tasks'
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            contentType(applicationJson())
        }
        body(
                title: 'Buy milk'
        )
    }
    response {
        status FORBIDDEN()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/forbidden',
                title: 'Forbidden',
                status: 403,
                detail: $(consumer('You may only access your own tasks.'), producer(regex('.+'))),
                instance: '/api/someone-else/tasks',
                error: 'forbidden',
                message: $(consumer('You may only access your own tasks.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
