import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        A merge patch with If-Match answers 412 precondition_failed when the task has changed since that
        ETag, and changes nothing: an update is never lost. The stub gives this answer to If-Match
        "999".
    '''
    priority 1
    request {
        method PATCH()
        url $(consumer(regex('/api/v1/tasks/' + uuid().pattern())), producer(execute('taskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            header('If-Match', '"999"')
            contentType('application/merge-patch+json')
        }
        body(
                completed: true
        )
    }
    response {
        status PRECONDITION_FAILED()
        headers {
            contentType('application/problem+json')
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
        body(
                type: 'https://taskapi.dev/problems/precondition-failed',
                title: 'Precondition Failed',
                status: 412,
                detail: $(consumer('The task has changed since the ETag in If-Match; fetch it again.'), producer(regex('.+'))),
                instance: $(consumer(fromRequest().path()), producer(execute('assertIsTheTaskPath($it)'))),
                error: 'precondition_failed',
                message: $(consumer('The task has changed since the ETag in If-Match; fetch it again.'), producer(regex('.+'))),
                request_id: $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}')))
        )
    }
}
