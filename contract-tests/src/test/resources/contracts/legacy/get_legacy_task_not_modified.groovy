import org.springframework.cloud.contract.spec.Contract

Contract.make {
    description '''
        With If-None-Match carrying the task's current ETag, the answer is 304 without a body. The stub
        gives this answer to If-None-Match "0", the ETag its get_legacy_task answer carries.
    '''
    priority 1
    request {
        method GET()
        url $(consumer(regex('/api/(?!v1/)[^/]+/tasks/' + uuid().pattern())), producer(execute('legacyTaskPath()')))
        headers {
            header(authorization(), $(consumer(regex('Bearer .+')), producer(execute('validToken()'))))
            header('If-None-Match', $(consumer('"0"'), producer(execute('taskETag()'))))
        }
    }
    response {
        status NOT_MODIFIED()
        headers {
            header('ETag', $(consumer('"0"'), producer(regex(/\"[^\"]*\"/))))
            header('Deprecation', $(consumer('@1767225600'), producer(regex('\\@[0-9]+'))))
            header('Link', $(consumer('</api/v1/tasks/0b9f5a52-3c0e-4c47-9a35-6b8f2d4e1a77>; rel="successor-version"'),
                producer(regex('\\</api/v1/tasks/' + uuid().pattern() + '\\>; rel=\\"successor-version\\"'))))
            header('X-Request-ID', $(consumer('01JD5Q9ZB6A3K7N8P4R2T6V0WX'), producer(regex('[A-Za-z0-9._:-]{1,128}'))))
        }
    }
}
