import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        With If-None-Match carrying the task's current ETag, the answer is 304 without a body: the
        caller's copy is still good. The stub gives this answer to If-None-Match "0", the ETag its
        get_task answer carries.
    '''
    priority 1
    request {
        method GET()
        url $(consumer(regex('/api/v1/tasks/' + uuid().pattern())), producer(execute('taskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            header('If-None-Match', $(consumer('"0"'), producer(execute('taskETag()'))))
        }
    }
    response {
        status NOT_MODIFIED()
        headers {
            header('ETag', $(consumer('"0"'), producer(regex(/\"[^\"]*\"/))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
