import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A task id the caller does not own answers 404, whether the task does not exist or belongs to
        another user. Consumers get this answer from the stub with the id
        00000000-0000-4000-8000-000000000000.
    '''
    priority 1
    request {
        method GET()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/00000000-0000-4000-8000-000000000000')), producer(execute('legacyTasksPath() + "/00000000-0000-4000-8000-000000000000"')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
        }
    }
    response {
        status NOT_FOUND()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/not-found',
                title: 'Not Found',
                status: 404,
                detail: $(consumer('There is no such task.'), producer(regex('.+'))),
                instance: $(consumer(fromRequest().path()), producer(regex('/api/[^/]+/tasks/00000000-0000-4000-8000-000000000000'))),
                error: 'not_found',
                message: $(consumer('There is no such task.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
